using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>
/// An author edits or deletes their own comment. Someone else's comment is "not found", never
/// "forbidden", so ids reveal nothing. Editing never notifies anyone again.
/// </summary>
public sealed class ChangeOwnComment(AppDbContext db, CommentTargets targets, TimeProvider clock)
{
    public const string NotYours = "There is no such comment of yours.";

    /// <param name="on">The thread the form was in (the page): a comment elsewhere is not found. Null from the API.</param>
    /// <returns>The edited comment; not found when it is not the member's (or gone); else what to fix in the text.</returns>
    public async Task<Result<Comment>> EditAsync(Guid memberId, Guid commentId, string? body, CommentTarget? on, CancellationToken cancellationToken)
    {
        var comment = await OwnAsync(memberId, commentId, on, cancellationToken);
        if (comment is null)
        {
            return Result.NotFound(NotYours);
        }
        if (CommentRules.CheckBody(body) is { } error)
        {
            return Result.Invalid("Body", error);
        }
        comment.Edit(body!.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(comment, on, cancellationToken);
        return Result.Ok(comment);
    }

    /// <summary>
    /// Deletes: a comment with replies stays as a placeholder so they keep their place. Its
    /// notifications go in the same save, so the reply and what announced it never part.
    /// </summary>
    public async Task<Result<Comment>> DeleteAsync(Guid memberId, Guid commentId, CommentTarget? on, CancellationToken cancellationToken)
    {
        var comment = await OwnAsync(memberId, commentId, on, cancellationToken);
        if (comment is null)
        {
            return Result.NotFound(NotYours);
        }
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.CommentId == comment.Id).ToListAsync(cancellationToken));
        if (await db.Comments.AnyAsync(c => c.ParentId == comment.Id, cancellationToken))
        {
            comment.DeleteByAuthor();
        }
        else
        {
            db.Comments.Remove(comment);
        }
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(comment, on, cancellationToken);
        return Result.Ok(comment);
    }

    private async Task EvictAsync(Comment comment, CommentTarget? on, CancellationToken cancellationToken)
    {
        if ((on ?? await targets.FindAsync(comment.TargetKind, comment.TargetId, cancellationToken)) is { } target)
        {
            await targets.EvictAsync(target, cancellationToken);
        }
    }

    private Task<Comment?> OwnAsync(Guid memberId, Guid commentId, CommentTarget? on, CancellationToken cancellationToken)
    {
        var own = db.Comments.Where(c => c.Id == commentId && c.AuthorId == memberId && !c.DeletedByAuthor
            && c.Status != CommentStatus.Removed && c.Status != CommentStatus.Spam);
        if (on is not null)
        {
            own = own.Where(c => c.TargetKind == on.Kind && c.TargetId == on.Id);
        }
        return own.SingleOrDefaultAsync(cancellationToken);
    }
}
