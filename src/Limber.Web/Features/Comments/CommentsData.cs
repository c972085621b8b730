using Limber.Features.Accounts;
using Limber.Features.Settings;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>A member's comments in their export; on account deletion they stay as "Deleted member" (or go, by site setting).</summary>
public sealed class CommentsData(AppDbContext db, SiteSettingsReader settings) : IMemberDataContributor
{
    public string Section => "comments";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking().Where(c => c.AuthorId == member.Id).OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, Article = c.Article!.Slug, c.ParentId, c.Body, Status = c.Status.ToString(), CreatedAt = c.CreatedAtUtc, EditedAt = c.EditedAtUtc })
            .ToListAsync(cancellationToken);

    public async Task EraseAsync(AppUser member, CancellationToken cancellationToken)
    {
        if ((await settings.GetAsync(cancellationToken)).RemoveCommentsOfDeletedMembers)
        {
            await db.Comments.Where(c => c.AuthorId == member.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Removed), cancellationToken);
        }
        await db.CommentReports.Where(r => r.ReporterId == member.Id).ExecuteDeleteAsync(cancellationToken);
        // The author link itself is cleared by the database (ON DELETE SET NULL) when the account goes.
    }
}
