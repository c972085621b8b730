using System.Net;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>The journal is Premium: a free member sees the join prompt (403 for a form or the API), a visitor is sent to sign in (401 from the API).</summary>
public sealed class JournalAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Pages => ["/journal", "/journal/2026-01-14", "/journal/goals", "/journal/week", "/journal/week/2026-01-12"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task FreeMember_SeesTheJoinPrompt(string path)
    {
        var member = await app.GivenMemberAsync();
        await app.GivenEntryAsync(member, await app.GivenButterAsync(), app.Today(), 10);
        var page = await app.CreateClient(member).GetDocumentAsync(path);

        Assert.NotNull(page.QuerySelector("[data-test=upgrade-prompt]"));
        Assert.Null(page.QuerySelector("[data-test=totals]"));
        Assert.DoesNotContain("Butter, salted", page.Body!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task FreeMember_FormsAre403_AndNothingIsLogged()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var token = await client.CsrfTokenAsync();

        var posted = await client.PostAsync("/journal/2026-01-15?handler=Quick", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Quick.Name"] = "Toast",
            ["Quick.EnergyKcal"] = "100",
            ["Quick.Meal"] = "Breakfast",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.JournalEntries.Count(e => e.MemberId == member.Id))));
    }

    [Fact]
    public async Task Api_FreeMemberIs403_VisitorIs401_PremiumAndStaffAre200()
    {
        const string day = "/api/v1/me/journal/2026-01-15/entries";
        var free = app.CreateClient(await app.GivenMemberAsync());
        var token = await free.CsrfTokenAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await free.GetAsync(day)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await free.GetAsync("/api/v1/me/journal/goals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await free.SendJsonAsync(token, HttpMethod.Post, day, new { name = "Toast", energyKcal = 100, meal = "breakfast" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).GetAsync(day)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient(await app.GivenPremiumMemberAsync()).GetAsync(day)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient(await app.GivenEditorAsync()).GetAsync(day)).StatusCode);
    }

    [Fact]
    public async Task AccountMenuAndOverview_LinkTheJournal()
    {
        var member = await app.GivenPremiumMemberAsync();
        await app.GivenGoalsAsync(member, kcal: 1800);
        await app.GivenEntryAsync(member, await app.GivenButterAsync(), app.Today(), 100);
        var page = await app.CreateClient(member).GetDocumentAsync("/account");

        Assert.NotNull(page.QuerySelector("a[href='/journal']"));
        Assert.Contains("717 of 1,800 kcal", page.Body!.TextContent);
        Assert.DoesNotContain("of 1,800 kcal", (await app.CreateClient(await app.GivenMemberAsync()).GetDocumentAsync("/account")).Body!.TextContent);
    }
}

internal static class UriText
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
