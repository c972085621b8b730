using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>A member flags someone else's published comment for the moderators, once.</summary>
public sealed class ReportComment(AppDbContext db, TimeProvider clock)
{
    public const string Thanks = "Thanks for telling us. A moderator will take a look.";

    /// <returns>False when there is no such published comment by someone else.</returns>
    public async Task<bool> HandleAsync(Guid reporterId, Guid commentId, CancellationToken cancellationToken)
    {
        var exists = await db.Comments.AnyAsync(c => c.Id == commentId && c.Status == CommentStatus.Published
            && !c.DeletedByAuthor && c.AuthorId != reporterId, cancellationToken);
        if (!exists)
        {
            return false;
        }
        if (!await db.CommentReports.AnyAsync(r => r.CommentId == commentId && r.ReporterId == reporterId, cancellationToken))
        {
            db.CommentReports.Add(new CommentReport { CommentId = commentId, ReporterId = reporterId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }
}
