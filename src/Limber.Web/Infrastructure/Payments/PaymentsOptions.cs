namespace Limber.Infrastructure.Payments;

/// <summary>
/// Payments, bound from <c>Limber:Payments</c>. With no Stripe secret key the site runs a clearly
/// labelled demo checkout (no money is taken); setting the keys switches to Stripe Checkout.
/// Keys belong in the environment: <c>Limber__Payments__Stripe__SecretKey</c>, <c>…__WebhookSecret</c>.
/// </summary>
public sealed class PaymentsOptions
{
    public const string Section = "Limber:Payments";

    /// <summary>Days a past-due member keeps access while the card is fixed. Default 7.</summary>
    public int GraceDays { get; set; } = 7;

    public StripeOptions Stripe { get; set; } = new();

    public bool UsesStripe => !string.IsNullOrWhiteSpace(Stripe.SecretKey);

    public sealed class StripeOptions
    {
        /// <summary>sk_live_… or sk_test_…; empty means demo checkout.</summary>
        public string? SecretKey { get; set; }

        /// <summary>whsec_…: the signing secret of the webhook endpoint <c>/webhooks/stripe</c>.</summary>
        public string? WebhookSecret { get; set; }

        /// <summary>Only for tests: the address of a local server that speaks Stripe's API.</summary>
        public string? ApiBase { get; set; }
    }
}
