using System.Net;
using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Settings;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Comments;

/// <summary>Its own app: these tests change the comment settings for the whole site.</summary>
public sealed class ModeratingCommentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task SetAsync(Action<SiteSettings> change) => await app.WithScopeAsync(async s =>
    {
        var reader = s.GetRequiredService<SiteSettingsReader>();
        var settings = await reader.GetAsync(CancellationToken.None);
        change(settings);
        await reader.SaveAsync(settings, CancellationToken.None);
        return 0;
    });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string slug, string body, Guid? replyTo = null)
    {
        var page = await client.GetDocumentAsync($"/articles/{slug}" + (replyTo is null ? "" : $"?replyTo={replyTo}"));
        return await client.SubmitAsync(page.Form(replyTo is null ? "#new-comment" : $"#reply-{replyTo}"), new Dictionary<string, string> { ["Body"] = body });
    }

    private async Task<HttpResponseMessage> DecideAsync(HttpClient moderator, Guid commentId, string button)
    {
        var queue = await moderator.GetDocumentAsync("/admin/comments?state=all");
        var item = queue.QuerySelectorAll("[data-test=moderation-item]").Single(i => i.InnerHtml.Contains(commentId.ToString(), StringComparison.Ordinal));
        var form = item.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.TextContent.Trim() == button);
        return await moderator.SubmitAsync(form);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Roles.Member, HttpStatusCode.Redirect)]
    [InlineData(Roles.Editor, HttpStatusCode.Redirect)]
    [InlineData(Roles.Moderator, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task ModerationQueue_IsForModeratorsAndAdmins(string? role, HttpStatusCode expected)
    {
        var client = app.CreateClient(role is null ? null : await app.GivenUserAsync(role));

        Assert.Equal(expected, (await client.GetAsync("/admin/comments")).StatusCode);
    }

    [Fact]
    public async Task HeldFirstComment_IsSeenOnlyByItsAuthor_UntilApproved_AndThenNotifies()
    {
        await SetAsync(s => s.HoldFirstComment = true);
        try
        {
            var article = await app.GivenArticleAsync();
            var parentAuthor = await app.GivenMemberAsync(name: "Parent Pia");
            var parent = await app.GivenCommentAsync(article, parentAuthor);
            var newcomer = await app.GivenMemberAsync(name: "Newcomer Ned");
            var client = app.CreateClient(newcomer);

            var response = await PostAsync(client, article.Slug, "My very first words", parent.Id);

            var own = await client.GetDocumentAsync(response.Location()!);
            Assert.Equal(CommentRules.Messages.Held, own.Text(".comments [role=status]"));
            Assert.Contains("Awaiting approval", own.Text("#comments"));
            Assert.DoesNotContain("My very first words", (await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}")));
            Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == parentAuthor.Id)));

            var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));
            var id = Guid.Parse(response.Location()!.Split("#comment-")[1]);
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(moderator, id, "Approve")).StatusCode);

            Assert.Contains("My very first words", await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));
            Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == parentAuthor.Id)));
            // With one comment published, the member's next one is no longer held.
            var next = await PostAsync(client, article.Slug, "And my second", null);
            Assert.DoesNotContain("notice=held", next.Location());
            Assert.Contains("And my second", await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));

            // Removing withdraws the notification; restoring does not tell the parent's author a second time.
            await DecideAsync(moderator, id, "Remove");
            Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == parentAuthor.Id)));
            await DecideAsync(moderator, id, "Restore");
            Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == parentAuthor.Id)));
        }
        finally
        {
            await SetAsync(s => s.HoldFirstComment = false);
        }
    }

    [Fact]
    public async Task CommentWithManyLinks_IsHeld()
    {
        var article = await app.GivenArticleAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await PostAsync(client, article.Slug, "https://a.example https://b.example www.c.example deals!");

        var id = Guid.Parse(response.Location()!.Split("#comment-")[1]);
        Assert.Equal(CommentStatus.Pending, await app.WithDbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Spam_And_Remove_TakeACommentDown_Restore_BringsItBack()
    {
        var article = await app.GivenArticleAsync();
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: "Moderate me please");
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));
        var reader = app.CreateClient(signedInAs: null);

        await DecideAsync(moderator, comment.Id, "Mark as spam");
        Assert.DoesNotContain("Moderate me please", await reader.GetStringAsync($"/articles/{article.Slug}"));
        await DecideAsync(moderator, comment.Id, "Restore");
        Assert.Contains("Moderate me please", await reader.GetStringAsync($"/articles/{article.Slug}"));
        await DecideAsync(moderator, comment.Id, "Remove");
        Assert.DoesNotContain("Moderate me please", await reader.GetStringAsync($"/articles/{article.Slug}"));
    }

    [Fact]
    public async Task ReportedComment_IsInTheQueue_AndAnActionResolvesIt()
    {
        var article = await app.GivenArticleAsync();
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: "Reported words");
        await app.WithDbAsync(async db =>
        {
            db.CommentReports.Add(new CommentReport { CommentId = comment.Id, ReporterId = null, CreatedAtUtc = app.Now });
            return await db.SaveChangesAsync();
        });
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Admin));

        var queue = await moderator.GetDocumentAsync("/admin/comments");
        Assert.Contains("Reported words", queue.Text("main"));
        Assert.Contains("Reported ×1", queue.Text("main"));

        await DecideAsync(moderator, comment.Id, "Remove");
        Assert.DoesNotContain("Reported words", (await moderator.GetDocumentAsync("/admin/comments")).Text("main"));
    }

    [Fact]
    public async Task DismissReport_KeepsTheCommentPublished_AndTakesItOutOfTheQueue()
    {
        var article = await app.GivenArticleAsync();
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: "Unfairly reported words");
        await app.WithDbAsync(async db =>
        {
            db.CommentReports.Add(new CommentReport { CommentId = comment.Id, ReporterId = null, CreatedAtUtc = app.Now });
            return await db.SaveChangesAsync();
        });
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));
        var queue = await moderator.GetDocumentAsync("/admin/comments");
        var item = queue.QuerySelectorAll("[data-test=moderation-item]").Single(i => i.TextContent.Contains("Unfairly reported words", StringComparison.Ordinal));

        var dismissed = await moderator.SubmitAsync(item.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.TextContent.Trim() == "Dismiss report"));

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Contains("Report dismissed", (await moderator.GetDocumentAsync(dismissed.Location()!)).Text("[role=status]"));
        Assert.DoesNotContain("Unfairly reported words", (await moderator.GetDocumentAsync("/admin/comments")).Text("main"));
        Assert.Contains("Unfairly reported words", await app.CreateClient(signedInAs: null).GetStringAsync($"/articles/{article.Slug}"));
        Assert.Equal(CommentStatus.Published, await app.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.Status).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.CommentReports.AnyAsync(r => r.CommentId == comment.Id && r.ResolvedAtUtc == null)));
    }

    [Fact]
    public async Task DismissReport_IsOfferedOnlyForReportedComments()
    {
        var article = await app.GivenArticleAsync();
        await app.GivenCommentAsync(article, await app.GivenMemberAsync(), body: "Nobody reported me");
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));

        var queue = await moderator.GetDocumentAsync($"/admin/comments?state=all&on={article.Slug}");

        var item = Assert.Single(queue.QuerySelectorAll("[data-test=moderation-item]"));
        Assert.DoesNotContain("Dismiss report", item.TextContent);
    }

    [Fact]
    public async Task Decide_UnknownComment_Is404()
    {
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));
        var token = (await moderator.GetDocumentAsync("/admin/comments")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        var response = await moderator.PostAsync($"/admin/comments?handler=Decide&id={Guid.NewGuid()}&decision=Dismiss",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token! }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SuspendMember_StopsTheirCommenting_AndIsAudited()
    {
        var article = await app.GivenArticleAsync();
        var troll = await app.GivenMemberAsync(name: "Troll Tim");
        var comment = await app.GivenCommentAsync(article, troll);
        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator, name: "Mod Mia"));
        var queue = await moderator.GetDocumentAsync($"/admin/comments?state=all&member={Uri.EscapeDataString(troll.Email!)}");
        var form = queue.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.TextContent.Trim() == "Stop this member commenting");

        await moderator.SubmitAsync(form);

        var page = await app.CreateClient(troll).GetDocumentAsync($"/articles/{article.Slug}");
        Assert.Contains(CommentRules.Messages.Suspended, page.Text("#comments"));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.SubjectId == troll.Id && e.Action == "commenting-suspended" && e.ActorName == "Mod Mia")));
        Assert.NotNull(comment);
    }

    [Fact]
    public async Task Settings_CommentsOff_ClosesEveryThread()
    {
        var article = await app.GivenArticleAsync();
        var admin = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var form = (await admin.GetDocumentAsync("/admin/settings")).Form();
        await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.CommentsEnabled"] = "false" });
        try
        {
            var page = await app.CreateClient(await app.GivenMemberAsync()).GetDocumentAsync($"/articles/{article.Slug}");
            Assert.Contains(CommentRules.Messages.Closed("article"), page.Text("#comments"));
        }
        finally
        {
            await SetAsync(s => s.CommentsEnabled = true);
        }
    }

    [Fact]
    public async Task Settings_BadNumber_SaysWhatToFix()
    {
        var admin = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var form = (await admin.GetDocumentAsync("/admin/settings")).Form();

        var response = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.HoldAboveLinks"] = "-3" });

        Assert.Equal("Enter a number from 0 to 100.", (await Html.ParseAsync(response)).FieldError("Input.HoldAboveLinks"));
    }
}
