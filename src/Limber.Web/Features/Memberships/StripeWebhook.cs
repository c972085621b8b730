using System.Buffers;
using System.Text;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stripe;

namespace Limber.Features.Memberships;

/// <summary>
/// <c>POST /webhooks/stripe</c>: events signed with the endpoint's secret (anything else is 400),
/// at most <see cref="MaxBodyBytes"/> (larger is 413, refused before it is read), well formed (a
/// signed body that is not an event is 400),
/// applied once each (replays are recognised by event id), older-than-applied states ignored, types
/// we do not use acknowledged and dropped.
/// </summary>
public static class StripeWebhook
{
    /// <summary>
    /// The largest body accepted. Stripe's events are a few kilobytes (an invoice with many lines
    /// some tens); 1 MB leaves room for those and bounds what a stranger can make us hold.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>How old a signature's timestamp may be (Stripe's own default): a captured event cannot be replayed later.</summary>
    private const long SignatureToleranceSeconds = 300;

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
        if (await ReadBoundedAsync(request, cancellationToken) is not { } json)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large for a Stripe event");
        }
        var (stripeEvent, refusal) = Parse(json, signature, secret, logger);
        if (stripeEvent is null)
        {
            return refusal!;
        }
        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.Id == stripeEvent.Id, cancellationToken))
        {
            return TypedResults.Ok(new { received = true, duplicate = true });
        }
        Subscription? subscription;
        try
        {
            subscription = await SubscriptionOfAsync(stripeEvent, services, cancellationToken);
        }
        catch (StripeException ex)
        {
            // Stripe answering 4xx: the event names something it does not have, and retrying will not
            // change that. Anything else (5xx, no answer) is worth Stripe's retry.
            logger.LogWarning("Could not read the subscription of {Event}: {Reason}", stripeEvent.Id, ex.Message);
            return (int)ex.HttpStatusCode is >= 400 and < 500
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The event names an unknown subscription")
                : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Stripe could not be reached");
        }
        if (subscription is not null && await MemberOfAsync(db, subscription, stripeEvent, cancellationToken) is { } memberId)
        {
            await changes.ApplyAsync(memberId, StateOf(subscription, stripeEvent, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent { Id = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new { received = true });
    }

    /// <summary>The subscription an event is about: carried by subscription events, fetched for checkouts and invoices.</summary>
    private static async Task<Subscription?> SubscriptionOfAsync(Event stripeEvent, IServiceProvider services, CancellationToken cancellationToken)
    {
        var gateway = services.GetRequiredService<StripePaymentGateway>();
        return stripeEvent.Data.Object switch
        {
            Subscription s when stripeEvent.Type.StartsWith("customer.subscription.", StringComparison.Ordinal) => s,
            Stripe.Checkout.Session { SubscriptionId: { } id } when stripeEvent.Type == EventTypes.CheckoutSessionCompleted =>
                await gateway.GetSubscriptionAsync(id, cancellationToken),
            Invoice invoice when stripeEvent.Type is EventTypes.InvoicePaid or EventTypes.InvoicePaymentFailed
                && invoice.Parent?.SubscriptionDetails?.SubscriptionId is { } id => await gateway.GetSubscriptionAsync(id, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// The body as text, or null when it is larger than <see cref="MaxBodyBytes"/>: a declared length
    /// is refused before a byte is read, an undeclared one as soon as it passes the limit, so an
    /// unsigned 28 MB body costs no more memory than a real event.
    /// </summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = await request.Body.ReadAtLeastAsync(buffer.AsMemory(0, MaxBodyBytes + 1), MaxBodyBytes + 1, throwOnEndOfStream: false, cancellationToken);
            return length > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The signature is checked on the raw text before it is parsed; a signed body that is not an
    /// event we can act on (bad JSON, no <c>data.object</c>, a used type with the wrong object) is a
    /// 400, never a 500: Stripe retries anything else for days.
    /// </summary>
    private static (Event? Event, IResult? Refusal) Parse(string json, string signature, string secret, ILogger logger)
    {
        try
        {
            EventUtility.ValidateSignature(json, signature, secret, SignatureToleranceSeconds);
        }
        catch (Exception ex) when (ex is StripeException or ArgumentException or FormatException)
        {
            logger.LogWarning("Refused a webhook: {Reason}", ex.Message);
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid signature"));
        }
        Event? parsed = null;
        try
        {
            parsed = EventUtility.ParseEvent(json, throwOnApiVersionMismatch: false);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or StripeException or ArgumentException or FormatException
            or InvalidOperationException or InvalidCastException or NotSupportedException or OverflowException)
        {
            logger.LogWarning("Refused a signed webhook that is not an event: {Reason}", ex.Message);
        }
        if (parsed is not { Id.Length: > 0, Type.Length: > 0, Data: { } data } || (data.Object is null && data.RawObject is null)
            || !HasExpectedObject(parsed))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed event",
                detail: "A Stripe event needs an id, a type and data.object of the kind its type names."));
        }
        return (parsed, null);
    }

    /// <summary>The types we act on must carry the object they name; the others are acknowledged as they come.</summary>
    private static bool HasExpectedObject(Event e) => e.Type switch
    {
        _ when e.Type.StartsWith("customer.subscription.", StringComparison.Ordinal) => e.Data.Object is Subscription,
        EventTypes.CheckoutSessionCompleted => e.Data.Object is Stripe.Checkout.Session,
        EventTypes.InvoicePaid or EventTypes.InvoicePaymentFailed => e.Data.Object is Invoice,
        _ => true,
    };

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
