using System.Net;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Settings;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Comments;

public sealed class PostingCommentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string slug, string body, Guid? replyTo = null)
    {
        var page = await client.GetDocumentAsync($"/articles/{slug}" + (replyTo is null ? "" : $"?replyTo={replyTo}"));
        var form = replyTo is null ? page.Form("#new-comment") : page.Form($"#reply-{replyTo}");
        return await client.SubmitAsync(form, new Dictionary<string, string> { ["Body"] = body });
    }

    [Fact]
    public async Task Post_ConfirmedMember_PublishesWithEmojiKeptExactly()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync(name: "Poster Paula");
        var client = app.CreateClient(member);
        const string text = "Loved this 💪🏽 — merci!\nSecond line.";

        var response = await PostAsync(client, article.Slug, text);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Location()!.Split("#comment-")[1];
        var page = await client.GetDocumentAsync(response.Location()!);
        var comment = page.GetElementById($"comment-{id}")!;
        Assert.Equal("Poster Paula", comment.QuerySelector(".comment-author")!.TextContent.Trim());
        Assert.Equal("Loved this 💪🏽 — merci!Second line.", comment.QuerySelector(".comment-body")!.TextContent);
        Assert.Equal(text, await app.WithDbAsync(db => db.Comments.Where(c => c.Id == Guid.Parse(id)).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task Reply_WithoutJavaScript_OpensTheFormUnderTheCommentAndPostsUnderIt()
    {
        var article = await app.GivenArticleAsync();
        var parent = await app.GivenCommentAsync(article, await app.GivenMemberAsync());
        var client = app.CreateClient(await app.GivenMemberAsync());
        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
        Assert.Equal($"/articles/{article.Slug}?replyTo={parent.Id}#reply-{parent.Id}", page.QuerySelector($"#comment-{parent.Id} a.reply-toggle")!.GetAttribute("href"));

        var response = await PostAsync(client, article.Slug, "A reply", replyTo: parent.Id);

        var replyId = Guid.Parse(response.Location()!.Split("#comment-")[1]);
        var stored = await app.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == replyId));
        Assert.Equal(parent.Id, stored.ParentId);
        Assert.Equal(1, stored.Depth);
    }

    [Fact]
    public async Task Reply_LandsOnThePageItsThreadIsOn()
    {
        var article = await app.GivenArticleAsync();
        var roots = await app.GivenTopLevelCommentsAsync(article, await app.GivenMemberAsync(), CommentThreadQuery.TopLevelPerPage + 1);
        var client = app.CreateClient(await app.GivenMemberAsync());
        var onSecondPage = roots[^1];
        var secondPage = await client.GetDocumentAsync($"/articles/{article.Slug}?page=2&replyTo={onSecondPage.Id}");

        var toSecond = await client.SubmitAsync(secondPage.Form($"#reply-{onSecondPage.Id}"), new Dictionary<string, string> { ["Body"] = "Down here" });
        var toFirst = await PostAsync(client, article.Slug, "Up there", replyTo: roots[0].Id);

        Assert.StartsWith($"/articles/{article.Slug}?page=2#comment-", toSecond.Location());
        Assert.StartsWith($"/articles/{article.Slug}#comment-", toFirst.Location());
        var landed = await client.GetDocumentAsync(toSecond.Location()!);
        Assert.Equal("Down here", landed.GetElementById($"comment-{toSecond.Location()!.Split("#comment-")[1]}")!.QuerySelector(".comment-body")!.TextContent);
    }

    [Fact]
    public async Task Reply_ToACommentGoneMeanwhile_SaysSoAndKeepsTheTextInTheNewCommentForm()
    {
        var article = await app.GivenArticleAsync();
        var parent = await app.GivenCommentAsync(article, await app.GivenMemberAsync());
        var client = app.CreateClient(await app.GivenMemberAsync());
        var form = (await client.GetDocumentAsync($"/articles/{article.Slug}?replyTo={parent.Id}")).Form($"#reply-{parent.Id}");
        await app.WithDbAsync(db => db.Comments.Where(c => c.Id == parent.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Spam)));

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Body"] = "My careful answer" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(CommentRules.Messages.GoneParent, page.Text("#comment-error"));
        Assert.Equal("My careful answer", page.QuerySelector<IHtmlTextAreaElement>("#comment-body")!.Value);
    }

    [Theory]
    [InlineData("", CommentRules.Messages.Empty)]
    [InlineData("   \n  ", CommentRules.Messages.Empty)]
    public async Task Post_Empty_SaysSo(string body, string message)
    {
        var article = await app.GivenArticleAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await PostAsync(client, article.Slug, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await Html.ParseAsync(response)).Text("#comment-error"));
    }

    [Fact]
    public async Task Post_TooLong_SaysSoAndKeepsEveryCharacter()
    {
        var article = await app.GivenArticleAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());
        var text = string.Concat(Enumerable.Repeat("Long 🧘 text. ", 400));

        var response = await PostAsync(client, article.Slug, text);

        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Comments are at most 5,000 characters", page.Text("#comment-error"));
        Assert.Equal(text, page.QuerySelector<IHtmlTextAreaElement>("#comment-body")!.Value);
    }

    [Fact]
    public async Task Post_UnconfirmedMember_IsToldToConfirmWithAResendButton()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenUserAsync(Roles.Member, confirmed: false);
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");

        Assert.Contains(CommentRules.Messages.Unconfirmed, page.Text("[data-test=confirm-note]"));
        Assert.NotNull(page.QuerySelector("[data-test=confirm-note] form button"));
        Assert.Null(page.QuerySelector("#new-comment"));
    }

    [Fact]
    public async Task Post_ByAnUnconfirmedOrSuspendedMember_IsRefusedEvenWhenForced()
    {
        var article = await app.GivenArticleAsync();
        var suspended = await app.GivenMemberAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == suspended.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CommentingSuspended, true)));
        var confirmed = app.CreateClient(await app.GivenMemberAsync());
        var form = (await confirmed.GetDocumentAsync($"/articles/{article.Slug}")).Form("#new-comment");

        foreach (var (who, message) in new[] { (suspended, CommentRules.Messages.Suspended), (await app.GivenUserAsync(Roles.Member, confirmed: false), CommentRules.Messages.Unconfirmed) })
        {
            var client = app.CreateClient(who);
            var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
            var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var response = await client.PostAsync($"/comments/articles/{article.Slug}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Body"] = "Let me in",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Contains(message, (await Html.ParseAsync(response)).Text("#comments"));
        }
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == "Let me in")));
    }

    [Fact]
    public async Task Post_ArticleWithCommentsOff_OrClosedByAge_IsRefused()
    {
        var off = await app.GivenArticleAsync();
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == off.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentsEnabled, false)));
        var old = await app.GivenArticleAsync(publishedAtUtc: app.Now.AddDays(-100));
        await app.WithScopeAsync(async s =>
        {
            var reader = s.GetRequiredService<SiteSettingsReader>();
            var settings = await reader.GetAsync(CancellationToken.None);
            settings.CloseCommentsAfterDays = 30;
            await reader.SaveAsync(settings, CancellationToken.None);
            return 0;
        });
        try
        {
            var client = app.CreateClient(await app.GivenMemberAsync());
            foreach (var slug in new[] { off.Slug, old.Slug })
            {
                var page = await client.GetDocumentAsync($"/articles/{slug}");
                Assert.Contains(CommentRules.Messages.Closed("article"), page.Text("#comments"));
                Assert.Null(page.QuerySelector("#new-comment"));
            }
        }
        finally
        {
            await app.WithScopeAsync(async s =>
            {
                var reader = s.GetRequiredService<SiteSettingsReader>();
                var settings = await reader.GetAsync(CancellationToken.None);
                settings.CloseCommentsAfterDays = null;
                await reader.SaveAsync(settings, CancellationToken.None);
                return 0;
            });
        }
    }

    [Fact]
    public async Task Post_SixInAMinute_TheSixthIsRefusedWithTheTextKept()
    {
        var article = await app.GivenArticleAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());
        for (var i = 0; i < new Limber.Infrastructure.Security.RateLimitOptions().CommentsPerMemberPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, article.Slug, $"Quick {i}")).StatusCode);
        }

        var response = await PostAsync(client, article.Slug, "One more thought");

        var page = await Html.ParseAsync(response);
        Assert.Equal(CommentRules.Messages.TooFast, page.Text("#comment-error"));
        Assert.Equal("One more thought", page.QuerySelector<IHtmlTextAreaElement>("#comment-body")!.Value);
    }

    [Fact]
    public async Task Edit_OwnComment_ShowsEdited_AndSomeoneElsesIs404()
    {
        var article = await app.GivenArticleAsync();
        var author = await app.GivenMemberAsync();
        var comment = await app.GivenCommentAsync(article, author, body: "Frist!");
        var client = app.CreateClient(author);
        var form = (await client.GetDocumentAsync($"/articles/{article.Slug}?edit={comment.Id}")).Form($"#comment-{comment.Id} form");

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Body"] = "First!" });
        var page = await client.GetDocumentAsync(response.Location()!);

        Assert.Equal("First!", page.GetElementById($"comment-{comment.Id}")!.QuerySelector(".comment-body")!.TextContent);
        Assert.Contains("edited", page.GetElementById($"comment-{comment.Id}")!.TextContent);
        var other = app.CreateClient(await app.GivenMemberAsync());
        var otherPage = await other.GetDocumentAsync($"/articles/{article.Slug}");
        var token = otherPage.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var forced = await other.PostAsync($"/comments/articles/{article.Slug}?handler=EditComment&id={comment.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = "Hijacked", ["__RequestVerificationToken"] = token! }));
        Assert.Equal(HttpStatusCode.NotFound, forced.StatusCode);
        Assert.Null(otherPage.QuerySelector($"#comment-{comment.Id} a[href*='edit=']"));
    }

    [Fact]
    public async Task Delete_OwnCommentWithReplies_LeavesAPlaceholder_WithoutReplies_IsGone()
    {
        var article = await app.GivenArticleAsync();
        var author = await app.GivenMemberAsync();
        var withReplies = await app.GivenCommentAsync(article, author, body: "Parent text");
        var reply = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), withReplies, "Child text");
        var alone = await app.GivenCommentAsync(article, author, body: "Lonely text");
        var client = app.CreateClient(author);

        foreach (var id in new[] { withReplies.Id, alone.Id })
        {
            var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page.Form($"#comment-{id} form[action*='DeleteComment']"))).StatusCode);
        }

        var after = await client.GetDocumentAsync($"/articles/{article.Slug}");
        Assert.Equal(CommentThreadQuery.Texts.Deleted, after.GetElementById($"comment-{withReplies.Id}")!.TextContent.Trim());
        Assert.Contains("Child text", after.GetElementById($"comment-{reply.Id}")!.TextContent);
        Assert.Null(after.GetElementById($"comment-{alone.Id}"));
        Assert.DoesNotContain("Parent text", after.DocumentElement.OuterHtml);
        Assert.StartsWith("1 comment on", after.Text("#comments-heading"));
    }

    [Fact]
    public async Task Report_SomeoneElsesComment_ThanksAndQueuesIt()
    {
        var article = await app.GivenArticleAsync();
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: "Buy cheap pills");
        var client = app.CreateClient(await app.GivenMemberAsync());
        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");

        var response = await client.SubmitAsync(page.Form($"#comment-{comment.Id} form[action*='ReportComment']"));

        Assert.Equal(ReportComment.Thanks, (await client.GetDocumentAsync(response.Location()!)).Text(".comments [role=status]"));
        Assert.True(await app.WithDbAsync(db => db.CommentReports.AnyAsync(r => r.CommentId == comment.Id)));
    }
}
