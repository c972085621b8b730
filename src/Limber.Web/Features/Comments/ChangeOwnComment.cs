using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// An author edits or deletes their own comment. Someone else's comment is "not found", never
/// "forbidden", so ids reveal nothing. Editing never notifies anyone again.
/// </summary>
public sealed class ChangeOwnComment(AppDbContext db, Infrastructure.Web.PageCacheEvictions cache, TimeProvider clock)
{
    /// <summary>Null when the comment is not the member's (or gone); else the error to show, or "" when saved.</summary>
    public async Task<string?> EditAsync(Guid memberId, Guid commentId, string? body, CancellationToken cancellationToken)
    {
        var comment = await OwnAsync(memberId, commentId, cancellationToken);
        if (comment is null)
        {
            return null;
        }
        if (CommentRules.CheckBody(body) is { } error)
        {
            return error;
        }
        comment.Edit(body!.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(comment, cancellationToken);
        return "";
    }

    /// <summary>Deletes: a comment with replies stays as a placeholder so they keep their place. False when not the member's.</summary>
    public async Task<bool> DeleteAsync(Guid memberId, Guid commentId, CancellationToken cancellationToken)
    {
        var comment = await OwnAsync(memberId, commentId, cancellationToken);
        if (comment is null)
        {
            return false;
        }
        await db.Notifications.Where(n => n.CommentId == comment.Id).ExecuteDeleteAsync(cancellationToken);
        if (await db.Comments.AnyAsync(c => c.ParentId == comment.Id, cancellationToken))
        {
            comment.DeleteByAuthor();
        }
        else
        {
            db.Comments.Remove(comment);
        }
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(comment, cancellationToken);
        return true;
    }

    private async Task EvictAsync(Comment comment, CancellationToken cancellationToken) =>
        await cache.ArticleChangedAsync(await db.Articles.Where(a => a.Id == comment.ArticleId).Select(a => a.Slug).SingleAsync(cancellationToken), cancellationToken);

    private Task<Comment?> OwnAsync(Guid memberId, Guid commentId, CancellationToken cancellationToken) =>
        db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.AuthorId == memberId && !c.DeletedByAuthor
            && c.Status != CommentStatus.Removed && c.Status != CommentStatus.Spam, cancellationToken);
}
