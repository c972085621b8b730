using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Search;

/// <summary>
/// <c>/search?q=</c>: every kind of content that registers a search source, one group per kind
/// (articles, then workouts); <c>&amp;kind=workouts</c> shows one group alone, <c>&amp;page=</c> pages it.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(IEnumerable<ISearchSource> sources, MemberAccess access) : PageModel
{
    public const int PageSize = 10;

    public string Query { get; private set; } = "";

    /// <summary>The group asked for alone (<c>?kind=</c>), or null for all of them.</summary>
    public string? Kind { get; private set; }

    /// <summary>Each kind searched, with its page of results; kinds without any are left out of the page but not of the count.</summary>
    public List<(ISearchSource Source, Paged<SearchHit> Results)> Groups { get; } = [];

    public int Total => Groups.Sum(g => g.Results.Total);

    public async Task OnGetAsync(string? q, string? kind, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        Query = SearchText.Normalize(q);
        if (Query.Length == 0)
        {
            return;
        }
        var searched = sources.Where(s => kind is null || string.Equals(s.Kind, kind, StringComparison.OrdinalIgnoreCase)).ToList();
        Kind = searched.Count == 1 && kind is not null ? searched[0].Kind : null;
        // Who is asking decides which full texts are searched (cached pages are anonymous only: PageCache).
        var reader = await access.ReaderAsync(User, cancellationToken);
        var page = PageRequest.Lenient(pageNumber, PageSize);
        foreach (var source in Kind is null ? sources : searched)
        {
            Groups.Add((source, await source.SearchAsync(Query, reader, page, cancellationToken)));
        }
    }

    /// <summary>"1 article and 2 workouts match “q”.", or what to try when nothing does.</summary>
    public string Summary
    {
        get
        {
            var found = Groups.Where(g => g.Results.Total > 0).Select(g => g.Source.Count(g.Results.Total)).ToList();
            if (found.Count == 0)
            {
                return $"Nothing matches “{Query}”. Try fewer or different words.";
            }
            var list = found.Count == 1 ? found[0] : $"{string.Join(", ", found[..^1])} and {found[^1]}";
            var one = found.Count == 1 && Groups.Sum(g => g.Results.Total) == 1;
            return $"{list} {(one ? "matches" : "match")} “{Query}”.";
        }
    }

    /// <summary>A page of one group alone.</summary>
    public string LinkTo(ISearchSource source, int page) =>
        $"/search?q={Uri.EscapeDataString(Query)}&kind={source.Kind}{(page > 1 ? $"&page={page}" : "")}";
}
