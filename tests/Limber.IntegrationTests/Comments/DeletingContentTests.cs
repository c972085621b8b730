using System.Net;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Comments;

/// <summary>No foreign key ties a thread to its content (docs/decisions/0014): deleting the content deletes its thread by hand.</summary>
public sealed class DeletingContentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task DeleteArticle_WithANestedThread_DeletesItsCommentsReportsAndNotifications()
    {
        var article = await app.GivenArticleAsync();
        var keep = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync();
        Limber.Features.Comments.Comment? parent = null;
        for (var depth = 0; depth < 4; depth++)
        {
            parent = await app.GivenCommentAsync(article, member, parent);
        }
        var kept = await app.GivenCommentAsync(keep, member);
        await app.WithDbAsync(async db =>
        {
            db.CommentReports.Add(new Limber.Features.Comments.CommentReport { CommentId = parent!.Id, CreatedAtUtc = app.Now });
            db.Notifications.Add(new Limber.Features.Notifications.Notification
            {
                RecipientId = member.Id,
                Link = "/",
                ActorName = "Someone",
                TargetKind = "article",
                TargetTitle = article.Title,
                Excerpt = "",
                CommentId = parent.Id,
                CreatedAtUtc = app.Now,
            });
            return await db.SaveChangesAsync();
        });
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync($"/admin/articles/edit/{article.Id}")).Form("form.editor");

        var deleted = await editor.SubmitAsync(form, submitter: form.Button("Delete article"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.TargetId == article.Id)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.CommentId == parent!.Id)));
        Assert.False(await app.WithDbAsync(db => db.CommentReports.AnyAsync(r => r.CommentId == parent!.Id)));
        Assert.True(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Id == kept.Id)));
    }
}
