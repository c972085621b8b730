using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles.Admin;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public Paged<Row> Articles { get; private set; } = null!;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var request = PageRequest.Lenient(pageNumber, PageSize);
        var total = await db.Articles.CountAsync(cancellationToken);
        // Drafts (no publish time yet) first, then newest.
        var rows = await db.Articles.AsNoTracking()
            .OrderBy(a => a.PublishedAtUtc != null).ThenByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.UpdatedAtUtc)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(a => new Row(a.Id, a.Title, a.Slug, a.Status, a.PublishedAtUtc, a.UpdatedAtUtc, a.Visibility,
                a.Categories.OrderBy(c => c.Name).Select(c => c.Name).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Articles = new Paged<Row>(rows, request.Page, request.PageSize, total);
    }

    public sealed record Row(Guid Id, string Title, string Slug, ArticleStatus Status, DateTime? PublishedAtUtc,
        DateTime UpdatedAtUtc, Visibility Visibility, List<string> Categories)
    {
        public ArticleState StateAt(DateTime now) => Article.StateOf(Status, PublishedAtUtc, now);
    }
}
