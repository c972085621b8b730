using Limber.Features.Memberships;
using Limber.Features.Search;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>
/// Articles in the site search: full-text over live articles' title, excerpt and body, ranked by
/// relevance: an FTS5 index (porter stemming) on SQLite, a weighted tsvector with a GIN index on
/// PostgreSQL (docs/decisions/0002), both kept up to date by the database itself.
/// The body is searched only in articles the reader may read in full; in the others only the title
/// and the excerpt (what a card shows everyone) are, so the result count never answers for gated text.
/// </summary>
public sealed class ArticleSearch(AppDbContext db, TimeProvider clock) : ISearchSource
{
    private static readonly FullTextIndex Index = new(
        new SqliteFullText("ArticleSearch", "ArticleId", "Articles", "{Title Excerpt}", "0.0, 10.0, 4.0, 1.0"),
        new PostgresFullText("Articles", "Title", "Excerpt"));

    public string Kind => "articles";

    public string Heading => "Articles";

    public string Count(int count) => count == 1 ? "1 article" : $"{count} articles";

    public async Task<Paged<SearchHit>> SearchAsync(string text, Reader reader, PageRequest page, CancellationToken cancellationToken)
    {
        // The visibilities whose body this reader may search; stored as their names (ArticleConfiguration).
        var readable = Enum.GetValues<Visibility>().Where(reader.CanRead).ToList();
        var ranked = await Index.RankAsync(db, text, readable, cancellationToken);
        if (ranked.Count == 0)
        {
            return new Paged<SearchHit>([], page.Page, page.PageSize, 0);
        }
        var ids = ranked.Select(r => r.Id).ToList();
        var live = await db.Articles.Live(clock.GetUtcNow().UtcDateTime).Where(a => ids.Contains(a.Id))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var order = ranked.Where(r => live.Contains(r.Id)).OrderByDescending(r => r.Score).Select(r => r.Id).ToList();
        var pageIds = order.Skip(page.Skip).Take(page.PageSize).ToList();
        var cards = await db.Articles.Where(a => pageIds.Contains(a.Id)).ToCards().AsSplitQuery().ToListAsync(cancellationToken);
        return new Paged<SearchHit>([.. cards.OrderBy(c => pageIds.IndexOf(c.Id)).Select(Hit)], page.Page, page.PageSize, order.Count);
    }

    private static SearchHit Hit(ArticleCard c) => new(c.Title, SiteUrls.Article(c.Slug), c.Excerpt, c.Visibility,
        c.FeaturedImagePath is null ? null : SiteUrls.Upload(c.FeaturedImagePath),
        [.. c.Categories.Select(k => new SearchTag(k.Name, SiteUrls.Category(k.Slug)))],
        $"{c.PublishedAtUtc.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} · {c.ReadingMinutes} min read");
}
