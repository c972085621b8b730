using Limber.Features.Articles;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Search;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(ArticleSearch search) : PageModel
{
    public const int PageSize = 10;

    public string Query { get; private set; } = "";

    public Paged<ArticleCard> Results { get; private set; } = null!;

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        Query = ArticleSearch.Normalize(q);
        Results = await search.SearchAsync(Query, PageRequest.Lenient(pageNumber, PageSize), cancellationToken);
    }
}
