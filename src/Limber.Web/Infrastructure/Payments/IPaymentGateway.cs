using Limber.Features.Accounts;
using Limber.Features.Memberships;

namespace Limber.Infrastructure.Payments;

/// <summary>The payment provider: Stripe in production, the demo checkout on a fresh install.</summary>
public interface IPaymentGateway
{
    bool IsDemo { get; }

    /// <summary>Where to send the member to pay (Stripe's hosted page, or the demo checkout).</summary>
    Task<string> StartCheckoutAsync(AppUser member, Membership? existing, Tier tier, BillingInterval interval,
        string successUrl, string cancelUrl, CancellationToken cancellationToken);

    /// <summary>Where the member manages cards and invoices; null when the provider has no such page.</summary>
    Task<string?> BillingPortalAsync(Membership membership, string returnUrl, CancellationToken cancellationToken);

    /// <summary>Cancels at the end of the paid period, or takes that back. The provider confirms by webhook too.</summary>
    Task SetCancelAtPeriodEndAsync(Membership membership, bool cancel, CancellationToken cancellationToken);
}
