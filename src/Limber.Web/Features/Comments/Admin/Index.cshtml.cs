using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments.Admin;

/// <summary>
/// <c>/admin/comments</c>: the moderation queue (pending and reported first) with filters, each comment
/// with the content it is on (kind and title, linked). Moderators and admins.
/// </summary>
public sealed class IndexModel(AppDbContext db, ModerateComment moderate, CommentTargets targets, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>queue (pending or reported, the default), published, spam, removed, all.</summary>
    [BindProperty(SupportsGet = true)]
    public string State { get; set; } = "queue";

    /// <summary>The slug of the content the comments are on, whatever its kind.</summary>
    [BindProperty(SupportsGet = true)]
    public string? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Member { get; set; }

    public List<Row> Comments { get; private set; } = [];

    /// <summary>The content each listed comment is on; a comment whose content is gone has none.</summary>
    public IReadOnlyDictionary<(string Kind, Guid Id), CommentTarget> Targets { get; private set; } = new Dictionary<(string, Guid), CommentTarget>();

    /// <summary>The moderator's own time zone, for the comments' times.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Comments.AsNoTracking();
        query = State switch
        {
            "published" => query.Where(c => c.Status == CommentStatus.Published),
            "spam" => query.Where(c => c.Status == CommentStatus.Spam),
            "removed" => query.Where(c => c.Status == CommentStatus.Removed),
            "all" => query,
            _ => query.Where(c => c.Status == CommentStatus.Pending
                || db.CommentReports.Any(r => r.CommentId == c.Id && r.ResolvedAtUtc == null)),
        };
        if (!string.IsNullOrWhiteSpace(On))
        {
            // The slug may name content of several kinds; their ids are Guids, unique across kinds.
            var ids = new List<Guid>();
            foreach (var source in targets.All)
            {
                if (await source.FindAsync(On.Trim(), cancellationToken) is { } target)
                {
                    ids.Add(target.Id);
                }
            }
            query = query.Where(c => ids.Contains(c.TargetId));
        }
        if (!string.IsNullOrWhiteSpace(Member))
        {
            var email = Member.Trim().ToUpperInvariant();
            query = query.Where(c => c.Author!.NormalizedEmail == email);
        }
        Comments = await query.OrderByDescending(c => c.CreatedAtUtc).Take(PageSize)
            .Select(c => new Row(c.Id, c.Body, c.Status, c.DeletedByAuthor, c.CreatedAtUtc, c.TargetKind, c.TargetId,
                c.AuthorId, c.Author == null ? null : c.Author.DisplayName, c.Author == null ? null : c.Author.Email,
                c.Author != null && c.Author.CommentingSuspended,
                db.CommentReports.Count(r => r.CommentId == c.Id && r.ResolvedAtUtc == null)))
            .ToListAsync(cancellationToken);
        Targets = await targets.FindAsync(Comments.Select(c => (c.TargetKind, c.TargetId)), cancellationToken);
        Zone = Times.Zone(await db.Users.Where(u => u.Id == User.UserId()).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>How a kind is named to moderators ("Workout"); the stored word when no feature registers it any more.</summary>
    public string LabelOf(string kind) => targets.OfKind(kind)?.Label ?? kind;

    public async Task<IActionResult> OnPostDecideAsync(Guid id, ModerateComment.Decision decision, CancellationToken cancellationToken)
    {
        var decided = await moderate.HandleAsync(id, decision, cancellationToken);
        if (!decided.Succeeded)
        {
            return this.Failed(decided);
        }
        Flash = decision switch
        {
            ModerateComment.Decision.Approve => "Approved.",
            ModerateComment.Decision.Spam => "Marked as spam.",
            ModerateComment.Decision.Remove => "Removed.",
            ModerateComment.Decision.Dismiss => "Report dismissed: the comment stays as it is.",
            _ => "Restored.",
        };
        return RedirectToPage(new { State, On, Member });
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid memberId, bool suspend, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }
        member.CommentingSuspended = suspend;
        audit.Record(User, member.Id, suspend ? "commenting-suspended" : "commenting-restored");
        await db.SaveChangesAsync(cancellationToken);
        Flash = suspend ? $"{member.DisplayName} can no longer comment." : $"{member.DisplayName} can comment again.";
        return RedirectToPage(new { State, On, Member });
    }

    public sealed record Row(Guid Id, string Body, CommentStatus Status, bool DeletedByAuthor, DateTime CreatedAtUtc, string TargetKind,
        Guid TargetId, Guid? AuthorId, string? AuthorName, string? AuthorEmail, bool AuthorSuspended, int OpenReports);
}
