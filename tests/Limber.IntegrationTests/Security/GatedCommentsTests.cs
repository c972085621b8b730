using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// Issue 15, item 7: the discussion of a gated article follows the article's visibility. Readers
/// without access see how many comments there are and the join prompt, never a comment's text,
/// its author or its replies, on the page or in the comments API.
/// </summary>
public sealed class GatedCommentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [MemberData(nameof(Readers.ReadsInFull), MemberType = typeof(Readers))]
    public async Task GatedThread_TextOnlyForReadersWithAccess_OnThePageAndTheApi(Visibility visibility, string role, bool seesText)
    {
        var article = await app.GivenArticleAsync(visibility);
        var author = await app.GivenUserAsync(Limber.Features.Accounts.Roles.Admin, name: "Commenter " + Guid.NewGuid().ToString("N")[..8]);
        var secret = Readers.Secret("comment");
        var reply = Readers.Secret("reply");
        var parent = await app.GivenCommentAsync(article, author, body: $"I found {secret} helpful.");
        await app.GivenCommentAsync(article, author, parent, $"And {reply} too.");
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
        var api = await client.GetStringAsync($"/api/v1/articles/{article.Slug}/comments");

        var html = page.DocumentElement.OuterHtml;
        Assert.Equal(seesText, html.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(seesText, html.Contains(reply, StringComparison.Ordinal));
        Assert.Equal(seesText, html.Contains(author.DisplayName, StringComparison.Ordinal));
        Assert.Equal(seesText, api.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(seesText, api.Contains(reply, StringComparison.Ordinal));
        Assert.Equal(seesText, api.Contains(author.DisplayName, StringComparison.Ordinal));
        // The count stays: it tells a reader without access that there is a discussion to join.
        Assert.Equal($"2 comments on “{article.Title}”", page.Text("#comments-heading"));
        Assert.Equal(2, JsonDocument.Parse(api).RootElement.GetProperty("count").GetInt32());
        Assert.Equal(seesText, page.QuerySelector("[data-test=comment]") is not null);
    }

    [Theory]
    [MemberData(nameof(Readers.ReadsInFull), MemberType = typeof(Readers))]
    public async Task GatedWorkoutThread_TextOnlyForReadersWithAccess_OnThePageAndTheApi(Visibility visibility, string role, bool seesText)
    {
        // Issue 16: a workout's discussion follows the workout's visibility, through the same single entry as an article's.
        var workout = await app.GivenWorkoutAsync(visibility);
        var author = await app.GivenUserAsync(Limber.Features.Accounts.Roles.Admin, name: "Commenter " + Guid.NewGuid().ToString("N")[..8]);
        var secret = Readers.Secret("comment");
        var parent = await app.GivenCommentAsync(workout, author, body: $"The {secret} cue helped.");
        await app.GivenCommentAsync(workout, author, parent);
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        var page = await client.GetDocumentAsync($"/workouts/{workout.Slug}");
        var api = await client.GetStringAsync($"/api/v1/workouts/{workout.Slug}/comments");

        var html = page.DocumentElement.OuterHtml;
        Assert.Equal(seesText, html.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(seesText, html.Contains(author.DisplayName, StringComparison.Ordinal));
        Assert.Equal(seesText, api.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(seesText, api.Contains(author.DisplayName, StringComparison.Ordinal));
        Assert.Equal($"2 comments on “{workout.Title}”", page.Text("#comments-heading"));
        Assert.Equal(2, JsonDocument.Parse(api).RootElement.GetProperty("count").GetInt32());
        Assert.Equal(seesText, page.QuerySelector("[data-test=comment]") is not null);
    }

    [Theory]
    [InlineData(Visibility.Premium, false)]
    [InlineData(Visibility.Members, true)]
    public async Task AReplyNotification_QuotesTheReplyOnlyUnderContentEveryMemberMayRead(Visibility visibility, bool quoted)
    {
        // The member answered may have let Premium lapse since they commented: the page decides then.
        var article = await app.GivenArticleAsync(visibility);
        var answered = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, answered);
        var replier = app.CreateClient(await app.GivenReaderAsync(Readers.Premium));
        var secret = Readers.Secret("notified");

        var page = await replier.GetDocumentAsync($"/articles/{article.Slug}?replyTo={parent.Id}");
        await replier.SubmitAsync(page.Form($"#reply-{parent.Id}"), new Dictionary<string, string> { ["Body"] = $"Try {secret}." });
        await app.SendOutboxAsync();

        var inApp = (await app.CreateClient(answered).GetDocumentAsync("/account/notifications")).Text("main");
        var email = Assert.Single(app.MessagesTo(answered.Email!));
        Assert.Equal(quoted, inApp.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(quoted, (email.TextBody + email.HtmlBody).Contains(secret, StringComparison.Ordinal));
        Assert.Contains($"/articles/{article.Slug}#comment-", email.TextBody);
    }
}
