using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// A local HTTP server that answers the Stripe API calls Limber makes (checkout and portal sessions,
/// reading and updating a subscription), so the real Stripe.net client code runs without leaving the
/// machine; and signs webhooks exactly as Stripe does (Stripe-Signature: t=…,v1=HMAC-SHA256).
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string WebhookSecret = "whsec_limber_test_secret";

    private readonly WebApplication _app;

    public ConcurrentDictionary<string, JsonObject> Subscriptions { get; } = new();

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form)> Requests { get; } = new();

    public string BaseUrl { get; }

    private FakeStripe(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeStripe? self = null;
        app.MapPost("/v1/checkout/sessions", async (HttpRequest r) =>
        {
            self!.Record(r.Path, await r.ReadFormAsync());
            return Json(new JsonObject { ["id"] = "cs_test_1", ["object"] = "checkout.session", ["url"] = "https://checkout.stripe.test/pay/cs_test_1", ["mode"] = "subscription" });
        });
        app.MapPost("/v1/billing_portal/sessions", async (HttpRequest r) =>
        {
            self!.Record(r.Path, await r.ReadFormAsync());
            return Json(new JsonObject { ["id"] = "bps_test_1", ["object"] = "billing_portal.session", ["url"] = "https://billing.stripe.test/session/bps_test_1" });
        });
        app.MapGet("/v1/subscriptions/{id}", (string id) =>
            self!.Subscriptions.TryGetValue(id, out var s) ? Json(s) : Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "No such subscription", ["type"] = "invalid_request_error" } }, statusCode: 404));
        app.MapPost("/v1/subscriptions/{id}", async (string id, HttpRequest r) =>
        {
            var form = await r.ReadFormAsync();
            self!.Record(r.Path, form);
            var s = self.Subscriptions[id];
            if (form.TryGetValue("cancel_at_period_end", out var cancel))
            {
                s["cancel_at_period_end"] = cancel == "true";
            }
            return Json(s);
        });
        await app.StartAsync();
        self = new FakeStripe(app, app.Urls.Single().TrimEnd('/'));
        return self;
    }

    private void Record(PathString path, IFormCollection form) =>
        Requests.Enqueue((path.Value!, form.ToDictionary(f => f.Key, f => f.Value.ToString())));

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");

    /// <summary>A subscription as Stripe's API describes it (2025+ shape: the period end is on the item).</summary>
    public JsonObject Subscription(string id, Guid memberId, string status, DateTimeOffset periodEnd, bool cancelAtPeriodEnd = false, string interval = "month")
    {
        var s = new JsonObject
        {
            ["id"] = id,
            ["object"] = "subscription",
            ["status"] = status,
            ["customer"] = "cus_" + memberId.ToString("N")[..12],
            ["cancel_at_period_end"] = cancelAtPeriodEnd,
            ["metadata"] = new JsonObject { ["member_id"] = memberId.ToString() },
            ["items"] = new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray(new JsonObject
                {
                    ["id"] = "si_" + id,
                    ["object"] = "subscription_item",
                    ["current_period_end"] = periodEnd.ToUnixTimeSeconds(),
                    ["price"] = new JsonObject { ["id"] = "price_" + interval, ["object"] = "price", ["recurring"] = new JsonObject { ["interval"] = interval } },
                }),
            },
        };
        Subscriptions[id] = s;
        return s;
    }

    public static string Event(string id, string type, JsonObject data, DateTimeOffset created) => new JsonObject
    {
        ["id"] = id,
        ["object"] = "event",
        ["type"] = type,
        ["created"] = created.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["data"] = new JsonObject { ["object"] = JsonNode.Parse(data.ToJsonString()) },
    }.ToJsonString();

    /// <summary>Posts <paramref name="payload"/> to the app's webhook signed as Stripe signs (or with <paramref name="secret"/>).</summary>
    public static Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string payload, string secret = WebhookSecret)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", $"t={timestamp},v1={signature}");
        return client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

}
