using Limber.Features.Memberships;
using Limber.Features.Search;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

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
    private static readonly SqliteFullText Index = new("ArticleSearch", "ArticleId", "Articles", "{Title Excerpt}", "0.0, 10.0, 4.0, 1.0");

    public string Kind => "articles";

    public string Heading => "Articles";

    public string Count(int count) => count == 1 ? "1 article" : $"{count} articles";

    public async Task<Paged<SearchHit>> SearchAsync(string text, Reader reader, PageRequest page, CancellationToken cancellationToken)
    {
        // The visibilities whose body this reader may search; stored as their names (ArticleConfiguration).
        var readable = Enum.GetValues<Visibility>().Where(reader.CanRead).ToList();
        var ranked = db.Database.IsNpgsql()
            ? await RankOnPostgresAsync(text, readable, cancellationToken)
            : [.. (await Index.RankAsync(db, text, readable.Select(v => v.ToString()), cancellationToken)).Select(h => (h.Id, h.Score))];
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

    private async Task<List<(Guid Id, double Score)>> RankOnPostgresAsync(string text, List<Visibility> readable, CancellationToken cancellationToken)
    {
        // The stored vector narrows the rows on the GIN index; for an article the reader may not read in
        // full, the match and its rank must then hold on its title and excerpt alone, weighted as in the
        // stored vector (PostgresAppDbContext). ts_filter would say the same, but Npgsql sends its weights
        // as character(1)[], which ts_filter does not take.
        var hits = await db.Articles
            .Select(a => new
            {
                a.Id,
                Readable = readable.Contains(a.Visibility),
                Vector = EF.Property<NpgsqlTsVector>(a, PostgresAppDbContext.SearchVector),
                Teaser = EF.Functions.ToTsVector("english", a.Title).SetWeight(NpgsqlTsVector.Lexeme.Weight.A)
                    .Concat(EF.Functions.ToTsVector("english", a.Excerpt).SetWeight(NpgsqlTsVector.Lexeme.Weight.B)),
                Query = EF.Functions.WebSearchToTsQuery("english", text),
            })
            .Where(a => a.Vector.Matches(a.Query) && (a.Readable || a.Teaser.Matches(a.Query)))
            .Select(a => new { a.Id, Score = a.Readable ? a.Vector.Rank(a.Query) : a.Teaser.Rank(a.Query) })
            .OrderByDescending(h => h.Score)
            .Take(SearchText.MaxHits)
            .ToListAsync(cancellationToken);
        return [.. hits.Select(h => (h.Id, (double)h.Score))];
    }
}
