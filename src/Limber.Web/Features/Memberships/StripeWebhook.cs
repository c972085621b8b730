using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stripe;

namespace Limber.Features.Memberships;

/// <summary>
/// <c>POST /webhooks/stripe</c>: events signed with the endpoint's secret (anything else is 400),
/// applied once each (replays are recognised by event id), older-than-applied states ignored, types
/// we do not use acknowledged and dropped.
/// </summary>
public static class StripeWebhook
{
    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/webhooks/stripe", HandleAsync).ExcludeFromDescription().DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpRequest request, IOptions<PaymentsOptions> options, AppDbContext db,
        MembershipChanges changes, IServiceProvider services, TimeProvider clock, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var logger = logs.CreateLogger("Limber.Payments.Webhook");
        var secret = options.Value.Stripe.WebhookSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Stripe is not connected");
        }
        var signature = request.Headers["Stripe-Signature"].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing Stripe-Signature header");
        }
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, signature, secret, throwOnApiVersionMismatch: false);
        }
        catch (Exception ex) when (ex is StripeException or ArgumentException or FormatException or Newtonsoft.Json.JsonException)
        {
            logger.LogWarning("Refused a webhook: {Reason}", ex.Message);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid signature");
        }
        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.Id == stripeEvent.Id, cancellationToken))
        {
            return TypedResults.Ok(new { received = true, duplicate = true });
        }
        var gateway = services.GetRequiredService<StripePaymentGateway>();
        var subscription = stripeEvent.Data.Object switch
        {
            Subscription s when stripeEvent.Type.StartsWith("customer.subscription.", StringComparison.Ordinal) => s,
            Stripe.Checkout.Session { SubscriptionId: { } id } when stripeEvent.Type == EventTypes.CheckoutSessionCompleted =>
                await gateway.GetSubscriptionAsync(id, cancellationToken),
            Invoice invoice when stripeEvent.Type is EventTypes.InvoicePaid or EventTypes.InvoicePaymentFailed
                && invoice.Parent?.SubscriptionDetails?.SubscriptionId is { } id => await gateway.GetSubscriptionAsync(id, cancellationToken),
            _ => null,
        };
        if (subscription is not null && await MemberOfAsync(db, subscription, stripeEvent, cancellationToken) is { } memberId)
        {
            await changes.ApplyAsync(memberId, StateOf(subscription, stripeEvent, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent { Id = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new { received = true });
    }

    private static async Task<Guid?> MemberOfAsync(AppDbContext db, Subscription subscription, Event stripeEvent, CancellationToken cancellationToken)
    {
        if (subscription.Metadata?.TryGetValue("member_id", out var raw) == true && Guid.TryParse(raw, out var fromMetadata))
        {
            return fromMetadata;
        }
        if (stripeEvent.Data.Object is Stripe.Checkout.Session { ClientReferenceId: { } reference } && Guid.TryParse(reference, out var fromSession))
        {
            return fromSession;
        }
        return await db.Memberships.Where(m => m.SubscriptionId == subscription.Id).Select(m => (Guid?)m.MemberId).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stripe's subscription, in our words.</summary>
    internal static MembershipChanges.State StateOf(Subscription s, Event e, DateTime nowUtc)
    {
        var item = s.Items?.Data?.FirstOrDefault();
        var periodEnd = item?.CurrentPeriodEnd ?? nowUtc;
        var status = s.Status switch
        {
            "trialing" => MembershipStatus.Trialing,
            "active" when s.CancelAtPeriodEnd => MembershipStatus.Canceled,
            "active" => MembershipStatus.Active,
            "past_due" or "unpaid" => MembershipStatus.PastDue,
            "canceled" when periodEnd > nowUtc && s.CancelAtPeriodEnd => MembershipStatus.Canceled,
            _ => MembershipStatus.Expired,
        };
        var interval = item?.Price?.Recurring?.Interval == "year" ? BillingInterval.Year : BillingInterval.Month;
        return new MembershipChanges.State(status, interval, periodEnd, s.CancelAtPeriodEnd, "stripe", s.CustomerId, s.Id, e.Created);
    }
}
