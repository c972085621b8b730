using System.Net;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Memberships;

public sealed class ManagingMembershipTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Roles.Member, HttpStatusCode.Redirect)]
    [InlineData(Roles.Editor, HttpStatusCode.Redirect)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task MembershipAdmin_IsForAdminsOnly(string? role, HttpStatusCode expected)
    {
        var client = app.CreateClient(role is null ? null : await app.GivenUserAsync(role));

        Assert.Equal(expected, (await client.GetAsync("/admin/membership")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/admin/membership/members")).StatusCode);
    }

    [Fact]
    public async Task Prices_AreSavedInMinorUnits_AndBadOnesSayWhatToFix()
    {
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var form = (await client.GetDocumentAsync("/admin/membership")).Form("form.form");

        var bad = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.MonthlyPrice"] = "nine", ["Input.Currency"] = "euro" });
        var page = await Html.ParseAsync(bad);
        Assert.Equal("Enter a price such as 9 or 9.50.", page.FieldError("Input.MonthlyPrice"));
        Assert.Equal("Use a three-letter ISO currency code such as EUR, USD or GBP.", page.FieldError("Input.Currency"));
        Assert.Equal("nine", page.QuerySelector<IHtmlInputElement>("#Input_MonthlyPrice")!.Value);

        var good = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.MonthlyPrice"] = "12,50", ["Input.YearlyPrice"] = "120", ["Input.Currency"] = "eur" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var tier = await app.WithDbAsync(db => db.Tiers.AsNoTracking().SingleAsync(t => t.Id == Tier.PremiumId));
        Assert.Equal(1250, tier.MonthlyPriceMinor);
        Assert.Equal(12000, tier.YearlyPriceMinor);
        Assert.Contains("€12.50", (await app.CreateClient(signedInAs: null).GetDocumentAsync("/join")).Text(".plan-premium"));
    }

    [Fact]
    public async Task Complimentary_GivesPremiumUntilRevoked_AndIsAudited()
    {
        var member = await app.GivenMemberAsync(name: "Lucky Lou");
        var admin = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var page = await admin.GetDocumentAsync("/admin/membership/members");

        var unknown = await admin.SubmitAsync(page.Form("aside form"), new Dictionary<string, string> { ["GrantEmail"] = "nobody@example.com" });
        Assert.Equal("No member has that email address.", (await Html.ParseAsync(unknown)).FieldError("GrantEmail"));
        await admin.SubmitAsync(page.Form("aside form"), new Dictionary<string, string>
        {
            ["GrantEmail"] = member.Email!,
            ["GrantUntil"] = app.Now.AddDays(30).ToString("yyyy-MM-dd"),
            ["GrantNote"] = "Podcast guest",
        });

        Assert.Equal("Premium", (await app.CreateClient(member).GetDocumentAsync("/account/membership")).Text("[data-test=plan]"));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.SubjectId == member.Id && e.Action == "complimentary-granted")));
        var list = await admin.GetDocumentAsync("/admin/membership/members?filter=complimentary");
        var row = list.QuerySelectorAll("[data-test=member-row]").Single(r => r.TextContent.Contains("Lucky Lou", StringComparison.Ordinal));
        await admin.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!);

        Assert.Equal("Free", (await app.CreateClient(member).GetDocumentAsync("/account/membership")).Text("[data-test=plan]"));
    }

    [Fact]
    public async Task Dashboard_CountsPremiumAndMonthlyRevenueFromTheData()
    {
        var admin = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var before = await admin.GetDocumentAsync("/admin/membership");
        var premiumBefore = int.Parse(before.Text("[data-test=premium-count]"));
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { MemberId = (await app.GivenMemberAsync()).Id, Status = MembershipStatus.Active, Interval = BillingInterval.Month, CurrentPeriodEndUtc = app.Now.AddDays(10), CreatedAtUtc = app.Now });
            db.Memberships.Add(new Membership { MemberId = (await app.GivenMemberAsync()).Id, Status = MembershipStatus.Expired, Interval = BillingInterval.Month, CurrentPeriodEndUtc = app.Now.AddDays(-10), CreatedAtUtc = app.Now.AddDays(-40) });
            return await db.SaveChangesAsync();
        });

        var after = await admin.GetDocumentAsync("/admin/membership");

        Assert.Equal(premiumBefore + 1, int.Parse(after.Text("[data-test=premium-count]")));
        Assert.NotNull(after.QuerySelector("figure.chart svg[role=img]"));
        Assert.StartsWith("€", after.Text("[data-test=mrr]"));
    }
}
