using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Search;

/// <summary>
/// The ranking of one kind of content on PostgreSQL, with the gating rule: the stored weighted vector
/// (<see cref="PostgresAppDbContext.SearchVector"/>, GIN-indexed) finds the rows and ranks the content
/// the reader may read in full; the rest must match, and is ranked on, its teaser columns alone,
/// weighted A and B as in the stored vector. ts_filter would say the same, but Npgsql sends its
/// weights as character(1)[], which ts_filter does not take. Names come from code, never from a request.
/// </summary>
/// <param name="Content">The content's table, with <c>Id</c>, <c>Visibility</c> (stored as names) and the search vector.</param>
/// <param name="TitleColumn">The teaser's first column, weighted A: <c>Title</c>.</param>
/// <param name="SummaryColumn">The teaser's second column, weighted B: <c>Excerpt</c>, <c>Summary</c>.</param>
public sealed record PostgresFullText(string Content, string TitleColumn, string SummaryColumn)
{
    /// <summary>The best <see cref="SearchText.MaxHits"/> matches, best first; <paramref name="readable"/> are the visibilities read in full.</summary>
    public async Task<List<FullTextHit>> RankAsync(AppDbContext db, string text, IEnumerable<string> readable, CancellationToken cancellationToken)
    {
        var sql = $$"""
            SELECT "Id", (CASE WHEN "Readable" THEN ts_rank("Vector", "Query") ELSE ts_rank("Teaser", "Query") END)::double precision AS "Score"
            FROM (
                SELECT c."Id",
                    c."Visibility" = ANY ({0}) AS "Readable",
                    c."{{PostgresAppDbContext.SearchVector}}" AS "Vector",
                    setweight(to_tsvector('english', c."{{TitleColumn}}"), 'A') || setweight(to_tsvector('english', c."{{SummaryColumn}}"), 'B') AS "Teaser",
                    websearch_to_tsquery('english', {1}) AS "Query"
                FROM "{{Content}}" AS c
            ) AS m
            WHERE "Vector" @@ "Query" AND ("Readable" OR "Teaser" @@ "Query")
            ORDER BY "Score" DESC
            LIMIT {2}
            """;
        return await db.Database.SqlQueryRaw<FullTextHit>(sql, readable.ToArray(), text, SearchText.MaxHits).ToListAsync(cancellationToken);
    }
}
