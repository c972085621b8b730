using System.Text.RegularExpressions;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Comments;

/// <summary>
/// Issue 16: a signed-in member reads comments' and notifications' times on their own clock (their
/// profile's time zone); visitors, whose pages are cached for everyone, read UTC. Machine-readable
/// values are valid HTML (to the second, in UTC).
/// </summary>
public sealed partial class ReadingTimesTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The app's clock stands at 15 January 2026, 09:00 UTC: 10:00 in Paris, 04:00 in New York.
    private async Task<Limber.Features.Accounts.AppUser> GivenMemberInAsync(string zone)
    {
        var member = await app.GivenMemberAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZone, zone)));
        return member;
    }

    [Fact]
    public async Task Thread_SignedIn_ShowsTimesInTheMembersZone_VisitorsSeeUtc()
    {
        var workout = await app.GivenWorkoutAsync();
        var comment = await app.GivenCommentAsync(workout, await app.GivenMemberAsync());

        var paris = await app.CreateClient(await GivenMemberInAsync("Europe/Paris")).GetDocumentAsync($"/workouts/{workout.Slug}");
        var newYork = await app.CreateClient(await GivenMemberInAsync("America/New_York")).GetDocumentAsync($"/workouts/{workout.Slug}");
        var visitor = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/workouts/{workout.Slug}");

        string Shown(IDocument page) => page.QuerySelector($"#comment-{comment.Id} time")!.TextContent.Trim();
        Assert.Equal("15 January 2026, 10:00", Shown(paris));
        Assert.Equal("15 January 2026, 04:00", Shown(newYork));
        Assert.Equal("15 January 2026, 09:00", Shown(visitor));
        Assert.All(new[] { paris, newYork, visitor }, page =>
            Assert.Equal("2026-01-15T09:00:00Z", page.QuerySelector($"#comment-{comment.Id} time")!.GetAttribute("datetime")));
    }

    [Fact]
    public async Task Notifications_ShowTimesInTheMembersZone()
    {
        var article = await app.GivenArticleAsync();
        var member = await GivenMemberInAsync("Europe/Paris");
        var parent = await app.GivenCommentAsync(article, member);
        var replier = app.CreateClient(await app.GivenMemberAsync());
        var form = (await replier.GetDocumentAsync($"/articles/{article.Slug}?replyTo={parent.Id}")).Form($"#reply-{parent.Id}");
        await replier.SubmitAsync(form, new Dictionary<string, string> { ["Body"] = "Answer" });

        var page = await app.CreateClient(member).GetDocumentAsync("/account/notifications");

        var time = page.QuerySelector("[data-test=notification] time")!;
        Assert.Equal("15 Jan 2026 10:00", time.TextContent.Trim());
        Assert.Equal("2026-01-15T09:00:00Z", time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task EveryDatetimeValue_IsValidHtml()
    {
        var article = await app.GivenArticleAsync();
        await app.GivenCommentAsync(article, await app.GivenMemberAsync());

        var pages = new[] { "/", "/articles", $"/articles/{article.Slug}" };
        foreach (var url in pages)
        {
            var page = await app.CreateClient(signedInAs: null).GetDocumentAsync(url);
            var values = page.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.Matches(ValidDatetime(), v));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex ValidDatetime();
}
