using Limber.Features.Articles;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Admin;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public int Live { get; private set; }

    public int Scheduled { get; private set; }

    public int Drafts { get; private set; }

    public int Categories { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Live = await db.Articles.Live(now).CountAsync(cancellationToken);
        Scheduled = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc > now, cancellationToken);
        Drafts = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft, cancellationToken);
        Categories = await db.Categories.CountAsync(cancellationToken);
    }
}
