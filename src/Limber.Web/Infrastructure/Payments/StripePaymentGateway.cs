using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Microsoft.Extensions.Options;
using Stripe;

namespace Limber.Infrastructure.Payments;

/// <summary>Stripe Checkout (hosted) for subscriptions and the Stripe customer portal, with Stripe.net.</summary>
public sealed class StripePaymentGateway(IOptions<PaymentsOptions> options) : IPaymentGateway
{
    public bool IsDemo => false;

    public StripeClient Client { get; } = new(new StripeClientOptions
    {
        ApiKey = options.Value.Stripe.SecretKey,
        ApiBase = string.IsNullOrWhiteSpace(options.Value.Stripe.ApiBase) ? StripeClient.DefaultApiBase : options.Value.Stripe.ApiBase,
    });

    public async Task<string> StartCheckoutAsync(AppUser member, Membership? existing, Tier tier, BillingInterval interval,
        string successUrl, string cancelUrl, CancellationToken cancellationToken)
    {
        var price = interval == BillingInterval.Year ? tier.StripeYearlyPriceId : tier.StripeMonthlyPriceId;
        if (string.IsNullOrWhiteSpace(price))
        {
            throw new InvalidOperationException($"The {tier.Name} tier has no Stripe price id for {interval}ly billing: set it in /admin/membership.");
        }
        var session = await new Stripe.Checkout.SessionService(Client).CreateAsync(new Stripe.Checkout.SessionCreateOptions
        {
            Mode = "subscription",
            LineItems = [new Stripe.Checkout.SessionLineItemOptions { Price = price, Quantity = 1 }],
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
            Customer = existing?.CustomerId,
            CustomerEmail = existing?.CustomerId is null ? member.Email : null,
            ClientReferenceId = member.Id.ToString(),
            SubscriptionData = new Stripe.Checkout.SessionSubscriptionDataOptions
            {
                Metadata = new Dictionary<string, string> { ["member_id"] = member.Id.ToString() },
            },
        }, cancellationToken: cancellationToken);
        return session.Url;
    }

    public async Task<string?> BillingPortalAsync(Membership membership, string returnUrl, CancellationToken cancellationToken)
    {
        if (membership.CustomerId is null)
        {
            return null;
        }
        var session = await new Stripe.BillingPortal.SessionService(Client).CreateAsync(
            new Stripe.BillingPortal.SessionCreateOptions { Customer = membership.CustomerId, ReturnUrl = returnUrl }, cancellationToken: cancellationToken);
        return session.Url;
    }

    public async Task SetCancelAtPeriodEndAsync(Membership membership, bool cancel, CancellationToken cancellationToken)
    {
        if (membership.SubscriptionId is null)
        {
            return;
        }
        await new SubscriptionService(Client).UpdateAsync(membership.SubscriptionId,
            new SubscriptionUpdateOptions { CancelAtPeriodEnd = cancel }, cancellationToken: cancellationToken);
    }

    public Task<Subscription> GetSubscriptionAsync(string id, CancellationToken cancellationToken) =>
        new SubscriptionService(Client).GetAsync(id, cancellationToken: cancellationToken);
}
