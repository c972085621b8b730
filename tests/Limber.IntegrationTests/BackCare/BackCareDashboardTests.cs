using System.Net;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary><c>/back-care</c>: the member's day in back care, and the pitch a visitor sees.</summary>
public sealed class BackCareDashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Visitor_SeesWhatTheToolsDo_AndTheWayToAFreeAccount()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/back-care");

        Assert.Contains("Pain diary", page.Text(".back-care-pitch"));
        Assert.NotNull(page.QuerySelectorAll("a[href='/account/register']").FirstOrDefault(a => a.TextContent == "register for a free account"));
        Assert.NotNull(page.QuerySelector("[data-test=disclaimer]"));
        Assert.Null(page.QuerySelector("form[action='/back-care/pain']"));
    }

    [Fact]
    public async Task Member_SeesThisWeek_TheTrend_TheLatestSessions_AndTheTools()
    {
        // Thursday 15 January 2026: the week began on Monday the 12th.
        var member = await app.GivenMemberAsync();
        await app.GivenInversionAsync(member, app.Now.AddDays(-1), minutes: 4, angle: 25, painBefore: 5, painAfter: 3);
        await app.GivenInversionAsync(member, app.Now.AddDays(-3), minutes: 3);
        await app.GivenInversionAsync(member, app.Now.AddDays(-4), minutes: 10); // Sunday the 11th: last week
        var postural = await app.GivenWorkoutAsync();
        await app.GivenPosturalAsync(postural);
        await app.GivenWorkoutDoneAsync(member, postural, app.Now.AddDays(-2));
        await app.GivenWorkoutDoneAsync(member, await app.GivenWorkoutAsync(), app.Now.AddDays(-2)); // not postural
        await app.GivenPainAsync(member, PainArea.LowerBack, 3, app.Now.AddDays(-1));
        await app.GivenPainAsync(member, PainArea.LowerBack, 5, app.Now.AddDays(-8));
        await app.GivenPainAsync(member, PainArea.LowerBack, 4, app.Now.AddDays(-9));

        var page = await app.CreateClient(member).GetDocumentAsync("/back-care");

        Assert.Equal("7", page.Text("[data-test=minutes-this-week]"));
        Assert.Equal("1", page.Text("[data-test=postural-this-week]"));
        Assert.Equal("Lower back: 3.0 on average over the last 7 days, against 4.5 the 7 days before.", page.Text("[data-test=trend]"));
        Assert.Equal(3, page.QuerySelectorAll("[data-test=latest-sessions] li").Length);
        Assert.Contains("pain 5 → 3", page.Text("[data-test=latest-sessions]"));
        foreach (var (text, href) in new[] { ("Self-check", "/back-care/self-check"), ("Inversion session", "/back-care/inversion"), ("Pain diary", "/back-care/pain"), ("Insights", "/back-care/insights") })
        {
            Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == text && a.GetAttribute("href") == href);
        }
    }

    [Fact]
    public async Task CheckIn_LogsPainNow_AndComesBackToTheDashboard()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/back-care")).Form("form[action='/back-care/pain']");

        var logged = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Score"] = "6" }, form.Button("Log pain"));

        Assert.Equal("/back-care", logged.Location());
        var entry = await app.WithDbAsync(db => db.PainEntries.SingleAsync(p => p.MemberId == member.Id));
        Assert.Equal((PainArea.LowerBack, 6, app.Now), (entry.Area, entry.Score, entry.RecordedAtUtc));
        var page = await client.GetDocumentAsync("/back-care");
        Assert.Contains("Lower back 6.0", page.Text("[data-test=today-scores]"));

        var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Score"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(LogPain.Messages.Score, (await Html.ParseAsync(refused)).FieldError("Input.Score"));
    }
}
