using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Comments.Admin;

/// <summary><c>/admin/comments</c>: the moderation queue (pending and reported first) with filters. Moderators and admins.</summary>
public sealed class IndexModel(AppDbContext db, ModerateComment moderate, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>queue (pending or reported, the default), published, spam, removed, all.</summary>
    [BindProperty(SupportsGet = true)]
    public string State { get; set; } = "queue";

    [BindProperty(SupportsGet = true)]
    public string? Article { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Member { get; set; }

    public List<Row> Comments { get; private set; } = [];

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
        if (!string.IsNullOrWhiteSpace(Article))
        {
            query = query.Where(c => c.Article!.Slug == Article.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Member))
        {
            var email = Member.Trim().ToUpperInvariant();
            query = query.Where(c => c.Author!.NormalizedEmail == email);
        }
        Comments = await query.OrderByDescending(c => c.CreatedAtUtc).Take(PageSize)
            .Select(c => new Row(c.Id, c.Body, c.Status, c.DeletedByAuthor, c.CreatedAtUtc, c.Article!.Slug, c.Article.Title,
                c.AuthorId, c.Author == null ? null : c.Author.DisplayName, c.Author == null ? null : c.Author.Email,
                c.Author != null && c.Author.CommentingSuspended,
                db.CommentReports.Count(r => r.CommentId == c.Id && r.ResolvedAtUtc == null)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, ModerateComment.Decision decision, CancellationToken cancellationToken)
    {
        if (!await moderate.HandleAsync(id, decision, cancellationToken))
        {
            return NotFound();
        }
        Flash = decision switch
        {
            ModerateComment.Decision.Approve => "Approved.",
            ModerateComment.Decision.Spam => "Marked as spam.",
            ModerateComment.Decision.Remove => "Removed.",
            _ => "Restored.",
        };
        return RedirectToPage(new { State, Article, Member });
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
        return RedirectToPage(new { State, Article, Member });
    }

    public sealed record Row(Guid Id, string Body, CommentStatus Status, bool DeletedByAuthor, DateTime CreatedAtUtc, string ArticleSlug,
        string ArticleTitle, Guid? AuthorId, string? AuthorName, string? AuthorEmail, bool AuthorSuspended, int OpenReports);
}
