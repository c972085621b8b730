using System.Net;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Memberships;

/// <summary>No Stripe keys: the demo checkout, clearly labelled, takes members through the whole journey.</summary>
public sealed class JoiningWithTheDemoCheckoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task JoinPage_ShowsBothPricesAndSaysTheCheckoutIsADemo()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/join");

        Assert.Contains("€9", page.Text(".plan-premium"));
        Assert.Contains("€90", page.Text(".plan-premium"));
        Assert.Contains("no money is taken", page.Text(".plan-premium"));
        Assert.Equal(2, page.QuerySelectorAll("input[name=Interval]").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".faq h3"));
    }

    [Fact]
    public async Task Join_AsAVisitor_GoesToRegistrationFirstAndComesBack()
    {
        var client = app.CreateClient(signedInAs: null);
        var page = await client.GetDocumentAsync("/join");

        var response = await client.SubmitAsync(page.Form("form[action*='Checkout']"), new Dictionary<string, string> { ["Interval"] = "Year" });

        Assert.Equal($"/account/register?returnUrl={Uri.EscapeDataString("/join?interval=year")}", response.Location());
    }

    [Fact]
    public async Task Join_AsAMember_DemoCheckoutGivesPremium_CancelKeepsItToPeriodEnd_ResumeRestores()
    {
        var member = await app.GivenMemberAsync(name: "Paying Pat");
        var article = await app.GivenArticleAsync(Visibility.Premium, body: "Open.\n\n<!--more-->\n\nThe premium tip.");
        var client = app.CreateClient(member);
        var join = await client.GetDocumentAsync("/join");

        var toCheckout = await client.SubmitAsync(join.Form("form[action*='Checkout']"), new Dictionary<string, string> { ["Interval"] = "Month" });
        Assert.Equal("/join/demo-checkout?interval=month", toCheckout.Location());
        var checkout = await client.GetDocumentAsync(toCheckout.Location()!);
        Assert.Contains("no money is taken", checkout.Text("main"));
        var paid = await client.SubmitAsync(checkout.Form());
        Assert.Equal("/account/membership?welcome=1", paid.Location());

        var membership = await client.GetDocumentAsync(paid.Location()!);
        Assert.Equal("Premium", membership.Text("[data-test=plan]"));
        Assert.Contains("The premium tip.", await client.GetStringAsync($"/articles/{article.Slug}"));
        await app.SendOutboxAsync();
        app.SingleMessageTo(member.Email!, "Welcome to Limber Premium");

        var canceled = await client.SubmitAsync(membership.Form("form[action*='Cancel']"));
        var after = await client.GetDocumentAsync(canceled.Location()!);
        Assert.Contains("You keep Premium until", after.Text("[role=status]"));
        Assert.Equal("Canceled", after.Text("[data-test=status]"));
        Assert.Contains("The premium tip.", await client.GetStringAsync($"/articles/{article.Slug}"));
        await app.SendOutboxAsync();
        app.SingleMessageTo(member.Email!, "Your Premium membership is ending");

        await client.SubmitAsync(after.Form("form[action*='Resume']"));
        Assert.Equal("Active", (await client.GetDocumentAsync("/account/membership")).Text("[data-test=status]"));

        var end = await app.WithDbAsync(db => db.Memberships.Where(m => m.MemberId == member.Id).Select(m => m.CurrentPeriodEndUtc).SingleAsync());
        await client.SubmitAsync((await client.GetDocumentAsync("/account/membership")).Form("form[action*='Cancel']"));
        app.Clock.Advance(end - app.Now + TimeSpan.FromMinutes(1));
        Assert.DoesNotContain("The premium tip.", await client.GetStringAsync($"/articles/{article.Slug}"));
        Assert.Equal("Free", (await client.GetDocumentAsync("/account/membership")).Text("[data-test=plan]"));
    }

    [Fact]
    public async Task DemoCheckout_Anonymous_IsSentToLogIn()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/join/demo-checkout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task MyMembershipApi_AndTiersApi_SayWhatTheMemberHas()
    {
        var member = await app.GivenMemberAsync();
        await app.WithScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MembershipChanges>(s).StartDemoAsync(member.Id, BillingInterval.Year, CancellationToken.None));
        var client = app.CreateClient(member);

        var mine = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/membership")).RootElement;
        var tiers = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/membership/tiers")).RootElement;

        Assert.True(mine.GetProperty("hasPremium").GetBoolean());
        Assert.Equal("year", mine.GetProperty("interval").GetString());
        Assert.Contains(tiers.EnumerateArray(), t => t.GetProperty("slug").GetString() == "premium" && t.GetProperty("monthlyPriceMinor").GetInt64() == 900);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).GetAsync("/api/v1/me/membership")).StatusCode);
    }
}
