using System.Text.Json;
using Limber.Features.Accounts;
using Limber.Features.Settings;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments;

/// <summary>A member's comments in their export; on account deletion they stay as "Deleted member" (or go, by site setting).</summary>
public sealed class CommentsData(AppDbContext db, CommentTargets targets, SiteSettingsReader settings) : IMemberDataContributor
{
    public string Section => "comments";

    /// <summary>Each comment with the content it is on: its kind and page (null when the content is gone).</summary>
    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == member.Id).OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, c.TargetKind, c.TargetId, c.ParentId, c.Body, c.Status, c.DeletedByAuthor, c.CreatedAtUtc, c.EditedAtUtc })
            .ToListAsync(cancellationToken);
        var on = await targets.FindAsync(comments.Select(c => (c.TargetKind, c.TargetId)), cancellationToken);
        return comments.Select(c => new
        {
            c.Id,
            Kind = c.TargetKind,
            On = on.TryGetValue((c.TargetKind, c.TargetId), out var target) ? target.Path : null,
            c.ParentId,
            // A comment its author deleted (kept as a placeholder for its replies) says so, rather than "published" with no text.
            Body = c.DeletedByAuthor ? null : c.Body,
            Status = c.DeletedByAuthor ? "deleted" : JsonNamingPolicy.CamelCase.ConvertName(c.Status.ToString()),
            CreatedAt = c.CreatedAtUtc,
            EditedAt = c.EditedAtUtc,
        }).ToList();
    }

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
