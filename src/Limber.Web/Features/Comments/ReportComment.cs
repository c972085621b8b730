using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>A member flags someone else's published comment for the moderators, once.</summary>
public sealed class ReportComment(AppDbContext db, TimeProvider clock)
{
    public const string Thanks = "Thanks for telling us. A moderator will take a look.";

    /// <param name="on">The thread the form was in: a comment elsewhere is not found.</param>
    /// <returns>Not found when there is no such published comment by someone else (in that thread).</returns>
    public async Task<Result<Done>> HandleAsync(Guid reporterId, Guid commentId, CommentTarget on, CancellationToken cancellationToken)
    {
        var exists = await db.Comments.AnyAsync(c => c.Id == commentId && c.TargetKind == on.Kind && c.TargetId == on.Id
            && c.Status == CommentStatus.Published && !c.DeletedByAuthor && c.AuthorId != reporterId, cancellationToken);
        if (!exists)
        {
            return Result.NotFound();
        }
        if (!await db.CommentReports.AnyAsync(r => r.CommentId == commentId && r.ReporterId == reporterId, cancellationToken))
        {
            db.CommentReports.Add(new CommentReport { CommentId = commentId, ReporterId = reporterId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
        return Result.Ok();
    }
}
