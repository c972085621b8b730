using Limber.Features.Notifications;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// A moderator approves, marks as spam, removes or restores a comment, or dismisses the reports on
/// it (it stays published); reports on it are resolved either way. A reply that becomes published
/// for the first time tells the parent's author then (held replies notify only once approved).
/// Everything a decision changes is saved together: the state, the reports and the notifications.
/// </summary>
public sealed class ModerateComment(AppDbContext db, CommentTargets targets, ReplyNotifier notifier, TimeProvider clock)
{
    public enum Decision
    {
        Approve,
        Spam,
        Remove,
        Restore,

        /// <summary>The reports were unfounded: they are resolved and the comment stays as it is.</summary>
        Dismiss,
    }

    public async Task<Result<Done>> HandleAsync(Guid commentId, Decision decision, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return Result.NotFound();
        }
        comment.Status = decision switch
        {
            Decision.Dismiss => comment.Status,
            Decision.Approve or Decision.Restore => CommentStatus.Published,
            Decision.Spam => CommentStatus.Spam,
            _ => CommentStatus.Removed,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var report in await db.CommentReports.Where(r => r.CommentId == commentId && r.ResolvedAtUtc == null).ToListAsync(cancellationToken))
        {
            report.ResolvedAtUtc = now;
        }
        var target = await targets.FindAsync(comment.TargetKind, comment.TargetId, cancellationToken);
        if (comment.Status == CommentStatus.Published && comment.ParentId is { } parentId && !comment.ReplyNotified && target is not null)
        {
            var parent = await db.Comments.SingleAsync(c => c.Id == parentId, cancellationToken);
            await notifier.NotifyAsync(comment, parent, target, cancellationToken);
        }
        if (comment.Status != CommentStatus.Published)
        {
            db.Notifications.RemoveRange(await db.Notifications.Where(n => n.CommentId == comment.Id).ToListAsync(cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (target is not null)
        {
            await targets.EvictAsync(target, cancellationToken);
        }
        return Result.Ok();
    }
}
