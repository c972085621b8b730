using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Features.Articles;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Limber.Features.Search;

/// <summary>
/// Full-text search over live articles' title, excerpt and body, ranked by relevance: an FTS5 index
/// (porter stemming) on SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both indexes are
/// kept up to date by the database itself (triggers / a generated column).
/// The body is searched only in articles the reader may read in full; in the others only the title
/// and the excerpt (what a card shows everyone) are, so the result count never answers for gated text.
/// </summary>
public sealed partial class ArticleSearch(AppDbContext db, TimeProvider clock)
{
    public const int MaxQueryLength = 200;

    /// <summary>How many of the best matches are ranked and paged; past that, refining the words beats paging.</summary>
    public const int MaxHits = 200;

    public async Task<Paged<ArticleCard>> SearchAsync(string? query, PageRequest page, Reader reader, CancellationToken cancellationToken)
    {
        var text = Normalize(query);
        if (text.Length == 0)
        {
            return new Paged<ArticleCard>([], page.Page, page.PageSize, 0);
        }
        // The visibilities whose body this reader may search; stored as their names (ArticleConfiguration).
        var readable = Enum.GetValues<Visibility>().Where(reader.CanRead).ToList();
        var ranked = db.Database.IsNpgsql()
            ? await RankOnPostgresAsync(text, readable, cancellationToken)
            : await RankOnSqliteAsync(text, [.. readable.Select(v => v.ToString())], cancellationToken);
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

    private async Task<List<Hit>> RankOnPostgresAsync(string text, List<Visibility> readable, CancellationToken cancellationToken)
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
            .Take(MaxHits)
            .ToListAsync(cancellationToken);
        return [.. hits.Select(h => new Hit(h.Id, h.Score))];
    }

    private async Task<List<Hit>> RankOnSqliteAsync(string text, string[] readable, CancellationToken cancellationToken)
    {
        var match = ToFtsQuery(text);
        if (match.Length == 0)
        {
            return [];
        }
        // Only the title and excerpt columns, for articles the reader may not read in full.
        var teaserMatch = $"{{Title Excerpt}} : ({match})";
        var readableJson = JsonSerializer.Serialize(readable);
        // bm25 is "lower is better"; weights favour the title over the excerpt over the body.
        var hits = await db.Database.SqlQuery<SqliteHit>($"""
            SELECT "Id", "Score" FROM (
                SELECT "ArticleSearch"."ArticleId" AS "Id", -bm25("ArticleSearch", 0.0, 10.0, 4.0, 1.0) AS "Score"
                FROM "ArticleSearch" JOIN "Articles" AS a ON a."Id" = "ArticleSearch"."ArticleId"
                WHERE "ArticleSearch" MATCH {match} AND a."Visibility" IN (SELECT value FROM json_each({readableJson}))
                UNION ALL
                SELECT "ArticleSearch"."ArticleId" AS "Id", -bm25("ArticleSearch", 0.0, 10.0, 4.0, 1.0) AS "Score"
                FROM "ArticleSearch" JOIN "Articles" AS a ON a."Id" = "ArticleSearch"."ArticleId"
                WHERE "ArticleSearch" MATCH {teaserMatch} AND a."Visibility" NOT IN (SELECT value FROM json_each({readableJson}))
            )
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
