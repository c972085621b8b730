using System.Text;
using System.Text.RegularExpressions;
using Limber.Features.Articles;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Limber.Features.Search;

/// <summary>
/// Full-text search over live articles' title, excerpt and body, ranked by relevance: an FTS5 index
/// (porter stemming) on SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both indexes are
/// kept up to date by the database itself (triggers / a generated column).
/// </summary>
public sealed partial class ArticleSearch(AppDbContext db, TimeProvider clock)
{
    public const int MaxQueryLength = 200;

    /// <summary>How many of the best matches are ranked and paged; past that, refining the words beats paging.</summary>
    public const int MaxHits = 200;

    public async Task<Paged<ArticleCard>> SearchAsync(string? query, PageRequest page, CancellationToken cancellationToken)
    {
        var text = Normalize(query);
        if (text.Length == 0)
        {
            return new Paged<ArticleCard>([], page.Page, page.PageSize, 0);
        }
        var ranked = db.Database.IsNpgsql()
            ? await RankOnPostgresAsync(text, cancellationToken)
            : await RankOnSqliteAsync(text, cancellationToken);
        if (ranked.Count == 0)
        {
            return new Paged<ArticleCard>([], page.Page, page.PageSize, 0);
        }
        var ids = ranked.Select(r => r.Id).ToList();
        var live = await db.Articles.Live(clock.GetUtcNow().UtcDateTime).Where(a => ids.Contains(a.Id))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var order = ranked.Where(r => live.Contains(r.Id)).OrderByDescending(r => r.Score).Select(r => r.Id).ToList();
        var pageIds = order.Skip(page.Skip).Take(page.PageSize).ToList();
        var items = await db.Articles.Where(a => pageIds.Contains(a.Id)).ToCards().AsSplitQuery().ToListAsync(cancellationToken);
        return new Paged<ArticleCard>([.. items.OrderBy(c => pageIds.IndexOf(c.Id))], page.Page, page.PageSize, order.Count);
    }

    private async Task<List<Hit>> RankOnPostgresAsync(string text, CancellationToken cancellationToken)
    {
        var hits = await db.Articles
            .Select(a => new
            {
                a.Id,
                Vector = EF.Property<NpgsqlTsVector>(a, PostgresAppDbContext.SearchVector),
                Query = EF.Functions.WebSearchToTsQuery("english", text),
            })
            .Where(a => a.Vector.Matches(a.Query))
            .Select(a => new { a.Id, Score = a.Vector.Rank(a.Query) })
            .OrderByDescending(h => h.Score)
            .Take(MaxHits)
            .ToListAsync(cancellationToken);
        return [.. hits.Select(h => new Hit(h.Id, h.Score))];
    }

    private async Task<List<Hit>> RankOnSqliteAsync(string text, CancellationToken cancellationToken)
    {
        var match = ToFtsQuery(text);
        if (match.Length == 0)
        {
            return [];
        }
        // bm25 is "lower is better"; weights favour the title over the excerpt over the body.
        var hits = await db.Database.SqlQuery<SqliteHit>($"""
            SELECT "ArticleId" AS "Id", -bm25("ArticleSearch", 0.0, 10.0, 4.0, 1.0) AS "Score"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match}
            ORDER BY "Score" DESC
            LIMIT {MaxHits}
            """).ToListAsync(cancellationToken);
        return [.. hits.Select(h => new Hit(h.Id, (float)h.Score))];
    }

    /// <summary>Trims, folds whitespace and caps the length of what a visitor typed.</summary>
    public static string Normalize(string? query)
    {
        var text = Spaces().Replace(query ?? "", " ").Trim();
        return text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
    }

    /// <summary>
    /// Turns free text into an FTS5 query that cannot be a syntax error: every word becomes a quoted
    /// prefix term ("invers"* matches inversion), all of them required.
    /// </summary>
    public static string ToFtsQuery(string text)
    {
        var terms = new StringBuilder();
        foreach (Match word in Words().Matches(text))
        {
            if (terms.Length > 0)
            {
                terms.Append(' ');
            }
            terms.Append('"').Append(word.Value.ToLowerInvariant()).Append("\"*");
        }
        return terms.ToString();
    }

    private sealed record Hit(Guid Id, float Score);

    private sealed record SqliteHit(Guid Id, double Score);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
