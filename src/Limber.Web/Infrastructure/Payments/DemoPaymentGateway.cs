using Limber.Features.Accounts;
using Limber.Features.Memberships;

namespace Limber.Infrastructure.Payments;

/// <summary>No provider: checkout is the site's own demo page where no money is taken.</summary>
public sealed class DemoPaymentGateway : IPaymentGateway
{
    public bool IsDemo => true;

    public Task<string> StartCheckoutAsync(AppUser member, Membership? existing, Tier tier, BillingInterval interval,
        string successUrl, string cancelUrl, CancellationToken cancellationToken) =>
        Task.FromResult($"/join/demo-checkout?interval={interval.ToString().ToLowerInvariant()}");

    public Task<string?> BillingPortalAsync(Membership membership, string returnUrl, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    public Task SetCancelAtPeriodEndAsync(Membership membership, bool cancel, CancellationToken cancellationToken) => Task.CompletedTask;
}
