using System.Net;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Memberships;

/// <summary>The Stripe adapter's real client code against <see cref="FakeStripe"/>, and webhooks signed as Stripe signs them.</summary>
public sealed class PayingWithStripeTests(PayingWithStripeTests.Factory app) : IClassFixture<PayingWithStripeTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        private readonly FakeStripe _stripe = FakeStripe.StartAsync().GetAwaiter().GetResult();

        public FakeStripe Stripe => _stripe;

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Limber:Payments:Stripe:SecretKey", "sk_test_limber"),
            new("Limber:Payments:Stripe:WebhookSecret", FakeStripe.WebhookSecret),
            new("Limber:Payments:Stripe:ApiBase", _stripe.BaseUrl),
        ];

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await _stripe.DisposeAsync();
        }
    }

    private async Task SetStripePricesAsync() => await app.WithDbAsync(async db =>
    {
        var tier = await db.Tiers.SingleAsync(t => t.Id == Tier.PremiumId);
        tier.StripeMonthlyPriceId = "price_month";
        tier.StripeYearlyPriceId = "price_year";
        return await db.SaveChangesAsync();
    });

    private Task<Membership?> MembershipOfAsync(Guid memberId) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.MemberId == memberId));

    [Fact]
    public async Task Checkout_SendsTheMemberToStripesHostedPage_AndThereIsNoDemo()
    {
        await SetStripePricesAsync();
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var join = await client.GetDocumentAsync("/join");
        Assert.DoesNotContain("no money is taken", join.Text("main"));

        var response = await client.SubmitAsync(join.Form("form[action*='Checkout']"), new Dictionary<string, string> { ["Interval"] = "Year" });

        Assert.Equal("https://checkout.stripe.test/pay/cs_test_1", response.Headers.Location!.ToString());
        var request = app.Stripe.Requests.Last(r => r.Path == "/v1/checkout/sessions").Form;
        Assert.Equal("subscription", request["mode"]);
        Assert.Equal("price_year", request["line_items[0][price]"]);
        Assert.Equal(member.Id.ToString(), request["client_reference_id"]);
        Assert.Equal(member.Email, request["customer_email"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/join/demo-checkout")).StatusCode);
    }

    [Fact]
    public async Task Webhook_CheckoutCompleted_StartsPremium_AndWelcomes()
    {
        var member = await app.GivenMemberAsync();
        var sub = app.Stripe.Subscription("sub_welcome", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1));
        var session = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "cs_done",
            ["object"] = "checkout.session",
            ["mode"] = "subscription",
            ["client_reference_id"] = member.Id.ToString(),
            ["customer"] = sub["customer"]!.ToString(),
            ["subscription"] = "sub_welcome",
        };

        var response = await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null),
            FakeStripe.Event("evt_checkout_1", "checkout.session.completed", session, TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var membership = await MembershipOfAsync(member.Id);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.Equal("sub_welcome", membership.SubscriptionId);
        Assert.Equal("stripe", membership.Provider);
        await app.SendOutboxAsync();
        app.SingleMessageTo(member.Email!, "Welcome to Limber Premium");
    }

    [Fact]
    public async Task Webhook_BadSignature_Is400_AndChangesNothing()
    {
        var member = await app.GivenMemberAsync();
        var sub = app.Stripe.Subscription("sub_forged", member.Id, "active", app.Clock.GetUtcNow().AddYears(5));
        var payload = FakeStripe.Event("evt_forged", "customer.subscription.created", sub, TimeProvider.System.GetUtcNow());
        var client = app.CreateClient(signedInAs: null);

        Assert.Equal(HttpStatusCode.BadRequest, (await FakeStripe.PostWebhookAsync(client, payload, secret: "whsec_wrong")).StatusCode);
        var unsigned = await client.PostAsync("/webhooks/stripe", new StringContent(payload));
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Null(await MembershipOfAsync(member.Id));
    }

    [Fact]
    public async Task Webhook_ReplayedEvent_IsAppliedOnce()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(signedInAs: null);
        var sub = app.Stripe.Subscription("sub_replay", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1), cancelAtPeriodEnd: true);
        var payload = FakeStripe.Event("evt_replay", "customer.subscription.updated", sub, TimeProvider.System.GetUtcNow());

        await FakeStripe.PostWebhookAsync(client, payload);
        await app.WithDbAsync(db => db.Memberships.Where(m => m.MemberId == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelAtPeriodEnd, false).SetProperty(m => m.Status, MembershipStatus.Active)));
        var replay = await FakeStripe.PostWebhookAsync(client, payload);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.False((await MembershipOfAsync(member.Id))!.CancelAtPeriodEnd);
        await app.SendOutboxAsync();
        Assert.Single(app.MessagesTo(member.Email!), m => m.Subject == "Your Premium membership is ending");
    }

    [Fact]
    public async Task Webhook_OutOfOrderEvents_EndInTheNewestState()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(signedInAs: null);
        var now = TimeProvider.System.GetUtcNow();
        var canceled = app.Stripe.Subscription("sub_order", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1), cancelAtPeriodEnd: true);
        var newer = FakeStripe.Event("evt_order_2", "customer.subscription.updated", canceled, now);
        var active = app.Stripe.Subscription("sub_order", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1));
        var older = FakeStripe.Event("evt_order_1", "customer.subscription.created", active, now.AddMinutes(-5));

        await FakeStripe.PostWebhookAsync(client, newer);
        await FakeStripe.PostWebhookAsync(client, older);

        var membership = await MembershipOfAsync(member.Id);
        Assert.Equal(MembershipStatus.Canceled, membership!.Status);
        Assert.True(membership.CancelAtPeriodEnd);
    }

    [Fact]
    public async Task Webhook_PaymentFailed_IsPastDueWithGrace_AndTellsTheMember()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(signedInAs: null);
        var sub = app.Stripe.Subscription("sub_pastdue", member.Id, "past_due", app.Clock.GetUtcNow().AddDays(-1));
        var invoice = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "in_1",
            ["object"] = "invoice",
            ["status"] = "open",
            ["parent"] = new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "subscription_details",
                ["subscription_details"] = new System.Text.Json.Nodes.JsonObject { ["subscription"] = "sub_pastdue" },
            },
        };

        await FakeStripe.PostWebhookAsync(client, FakeStripe.Event("evt_failed", "invoice.payment_failed", invoice, TimeProvider.System.GetUtcNow()));

        Assert.Equal(MembershipStatus.PastDue, (await MembershipOfAsync(member.Id))!.Status);
        Assert.True(await app.WithScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MemberAccess>(s).HasPremiumAsync(member.Id, CancellationToken.None)));
        await app.SendOutboxAsync();
        app.SingleMessageTo(member.Email!, "Your Premium payment didn’t go through");
        var page = await app.CreateClient(member).GetDocumentAsync("/account/membership");
        Assert.Contains("update your card", page.Text("[data-test=status]"));
    }

    [Fact]
    public async Task Webhook_SubscriptionDeleted_EndsPremium_UnknownTypesAreIgnored()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(signedInAs: null);
        var sub = app.Stripe.Subscription("sub_gone", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1));
        await FakeStripe.PostWebhookAsync(client, FakeStripe.Event("evt_gone_1", "customer.subscription.created", sub, TimeProvider.System.GetUtcNow().AddMinutes(-1)));
        var ended = app.Stripe.Subscription("sub_gone", member.Id, "canceled", app.Clock.GetUtcNow().AddDays(-1));

        await FakeStripe.PostWebhookAsync(client, FakeStripe.Event("evt_gone_2", "customer.subscription.deleted", ended, TimeProvider.System.GetUtcNow()));
        var unknown = await FakeStripe.PostWebhookAsync(client, FakeStripe.Event("evt_other", "payout.paid",
            new System.Text.Json.Nodes.JsonObject { ["id"] = "po_1", ["object"] = "payout" }, TimeProvider.System.GetUtcNow()));

        Assert.Equal(MembershipStatus.Expired, (await MembershipOfAsync(member.Id))!.Status);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
    }

    [Fact]
    public async Task CancelAndManageBilling_GoThroughStripe()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var sub = app.Stripe.Subscription("sub_manage", member.Id, "active", app.Clock.GetUtcNow().AddMonths(1));
        await FakeStripe.PostWebhookAsync(app.CreateClient(signedInAs: null), FakeStripe.Event("evt_manage", "customer.subscription.created", sub, TimeProvider.System.GetUtcNow().AddMinutes(-1)));
        var page = await client.GetDocumentAsync("/account/membership");

        var portal = await client.SubmitAsync(page.Form("form[action*='Billing']"));
        await client.SubmitAsync(page.Form("form[action*='Cancel']"));

        Assert.Equal("https://billing.stripe.test/session/bps_test_1", portal.Headers.Location!.ToString());
        Assert.Equal("true", app.Stripe.Requests.Last(r => r.Path == "/v1/subscriptions/sub_manage").Form["cancel_at_period_end"]);
        Assert.Equal(MembershipStatus.Canceled, (await MembershipOfAsync(member.Id))!.Status);
    }
}
