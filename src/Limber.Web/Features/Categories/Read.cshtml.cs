using Limber.Features.Articles;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Categories;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class ReadModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 12;

    public Category Category { get; private set; } = null!;

    public Paged<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        Category = category;
        Articles = await db.Articles.Live(clock.GetUtcNow().UtcDateTime).InCategory(slug)
            .PageOfCardsAsync(PageRequest.Lenient(pageNumber, PageSize), cancellationToken);
        ViewData[nameof(PageMeta)] = new PageMeta(category.Name, category.Description, SiteUrls.Category(slug));
        return Page();
    }
}
