using Limber.Features.Notifications;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// A moderator approves, marks as spam, removes or restores a comment; reports on it are resolved.
/// A reply that becomes published for the first time tells the parent's author then (held replies
/// notify only once approved).
/// </summary>
public sealed class ModerateComment(AppDbContext db, ReplyNotifier notifier, Infrastructure.Web.PageCacheEvictions cache, TimeProvider clock)
{
    public enum Decision
    {
        Approve,
        Spam,
        Remove,
        Restore,
    }

    public async Task<bool> HandleAsync(Guid commentId, Decision decision, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.Include(c => c.Article).SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return false;
        }
        comment.Status = decision switch
        {
            Decision.Approve or Decision.Restore => CommentStatus.Published,
            Decision.Spam => CommentStatus.Spam,
            _ => CommentStatus.Removed,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        await db.CommentReports.Where(r => r.CommentId == commentId && r.ResolvedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedAtUtc, now), cancellationToken);
        if (comment.Status == CommentStatus.Published && comment.ParentId is { } parentId && !comment.ReplyNotified)
        {
            var parent = await db.Comments.SingleAsync(c => c.Id == parentId, cancellationToken);
            await notifier.NotifyAsync(comment, parent, CommentTarget.Of(comment.Article!), cancellationToken);
        }
        if (comment.Status != CommentStatus.Published)
        {
            await db.Notifications.Where(n => n.CommentId == comment.Id).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ArticleChangedAsync(comment.Article!.Slug, cancellationToken);
        return true;
    }
}
