using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

public sealed class ReadModel(AppDbContext db, MemberAccess access, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;

    public bool CanReadAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Live(clock.GetUtcNow().UtcDateTime)
            .Include(a => a.Author)
            .Include(a => a.Categories.OrderBy(c => c.Name))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        CanReadAll = access.CanRead(User, article.Visibility);
        ViewData[nameof(PageMeta)] = new PageMeta(
            article.Title,
            article.Excerpt,
            SiteUrls.Article(article.Slug),
            OgType: "article",
            ImagePath: article.FeaturedImagePath is null ? null : SiteUrls.Upload(article.FeaturedImagePath));
        return Page();
    }
}
