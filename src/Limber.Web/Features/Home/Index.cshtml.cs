using Limber.Features.Articles;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Home;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 9;

    public Paged<ArticleCard> Articles { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        Articles = await db.Articles.Live(clock.GetUtcNow().UtcDateTime)
            .PageOfCardsAsync(PageRequest.Lenient(pageNumber, PageSize), cancellationToken);
    }
}
