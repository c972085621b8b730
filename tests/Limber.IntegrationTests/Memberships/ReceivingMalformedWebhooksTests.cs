using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Memberships;

/// <summary>
/// What reaches <c>/webhooks/stripe</c> that is not a well-formed event: correctly signed garbage is a
/// 400 (never a 500, which Stripe would retry for days), and a body too large to be an event is
/// refused with 413 before it is read.
/// </summary>
public sealed class ReceivingMalformedWebhooksTests(PayingWithStripeTests.Factory app) : IClassFixture<PayingWithStripeTests.Factory>
{
    private static long Now => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    public static TheoryData<string, string> SignedButMalformed => new()
    {
        { "not JSON", "this is { not json" },
        { "truncated JSON", """{"id":"evt_cut","object":"event","type":"customer.subscription.updated","data":{"object":{"id":"sub_1","obj""" },
        { "a JSON array", "[1, 2, 3]" },
        { "a JSON string", "\"evt\"" },
        { "no data", """{"id":"evt_nodata","object":"event","type":"customer.subscription.updated","created":""" + Now + """}""" },
        { "data without object", """{"id":"evt_noobject","object":"event","type":"customer.subscription.updated","created":""" + Now + ""","data":{}}""" },
        { "data.object not an object", """{"id":"evt_str","object":"event","type":"customer.subscription.updated","created":""" + Now + ""","data":{"object":"sub_1"}}""" },
        { "data.object of the wrong kind", """{"id":"evt_kind","object":"event","type":"customer.subscription.updated","created":""" + Now + ""","data":{"object":{"id":"po_1","object":"payout"}}}""" },
        { "a field of the wrong type", """{"id":"evt_items","object":"event","type":"customer.subscription.updated","created":""" + Now + ""","data":{"object":{"id":"sub_1","object":"subscription","items":"lots"}}}""" },
        { "no id", """{"object":"event","type":"customer.subscription.updated","created":""" + Now + ""","data":{"object":{"id":"sub_1","object":"subscription"}}}""" },
        { "no type", """{"id":"evt_notype","object":"event","created":""" + Now + ""","data":{"object":{"id":"sub_1","object":"subscription"}}}""" },
    };

    [Theory]
    [MemberData(nameof(SignedButMalformed))]
    public async Task Webhook_SignedButMalformed_Is400ProblemDetails(string shape, string payload)
    {
        var response = await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null), payload);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{shape}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Webhook_SignedButMalformed_IsNotRecordedAsProcessed()
    {
        var payload = """{"id":"evt_malformed_once","object":"event","type":"customer.subscription.updated","created":""" + Now + """}""";

        await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null), payload);

        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.ProcessedPaymentEvents.Any(e => e.Id == "evt_malformed_once"))));
    }

    [Fact]
    public async Task Webhook_CheckoutNamingASubscriptionStripeDoesNotHave_Is400()
    {
        var session = new JsonObject { ["id"] = "cs_ghost", ["object"] = "checkout.session", ["mode"] = "subscription", ["subscription"] = "sub_nowhere" };

        var response = await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null),
            FakeStripe.Event("evt_ghost", "checkout.session.completed", session, TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_OversizedBodyWithItsLength_Is413()
    {
        var payload = FakeStripe.Event("evt_big", "payout.paid",
            new JsonObject { ["id"] = "po_big", ["object"] = "payout", ["description"] = new string('x', StripeWebhook.MaxBodyBytes) }, TimeProvider.System.GetUtcNow());

        var response = await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null), payload);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_Unsigned28MegabytesWithoutALength_Is413_BeforeItIsAllRead()
    {
        var body = new CountingContent(28 * 1024 * 1024);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = body };
        request.Headers.Add("Stripe-Signature", "t=1,v1=00");

        var response = await app.CreateClient(signedInAs: null).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Sent < 8 * 1024 * 1024, $"the server pulled {body.Sent:N0} bytes");
    }

    [Fact]
    public async Task Webhook_BadSignatureOnMalformedJson_Is400()
    {
        var response = await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null), "{ not json", secret: "whsec_wrong");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("signature", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A body with no Content-Length (sent chunked) that counts how much of itself was taken.</summary>
    private sealed class CountingContent(long length) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = Encoding.ASCII.GetBytes(new string('{', 64 * 1024));
            try
            {
                while (Sent < length)
                {
                    await stream.WriteAsync(chunk);
                    Sent += chunk.Length;
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The server stopped reading: that is the point.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
