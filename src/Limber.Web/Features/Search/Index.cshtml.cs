using Limber.Features.Articles;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Search;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(ArticleSearch search, MemberAccess access) : PageModel
{
    public const int PageSize = 10;

    public string Query { get; private set; } = "";

    public Paged<ArticleCard> Results { get; private set; } = null!;

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        Query = ArticleSearch.Normalize(q);
        // Who is asking decides which bodies are searched (cached pages are anonymous only: PageCache).
        var reader = Query.Length == 0 ? Reader.Anonymous : await access.ReaderAsync(User, cancellationToken);
        Results = await search.SearchAsync(Query, PageRequest.Lenient(pageNumber, PageSize), reader, cancellationToken);
    }
}
