using System.Text.Json;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Search;

/// <summary>
/// An FTS5 index of one kind of content on SQLite (kept by triggers, made in the migrations), and
/// its ranking with the gating rule: content the reader may read in full is matched on every
/// column, the rest on its teaser columns alone. Names come from code, never from a request.
/// </summary>
/// <param name="Index">The FTS5 table, e.g. <c>WorkoutSearch</c>.</param>
/// <param name="Key">Its unindexed column holding the content's id.</param>
/// <param name="Content">The content's table, with <c>Id</c> and <c>Visibility</c> (stored as names).</param>
/// <param name="TeaserColumns">The columns everyone may search, FTS5 column-filter syntax: <c>{Title Summary}</c>.</param>
/// <param name="Weights">bm25 weights, one per column of the index (the key's is 0).</param>
public sealed record SqliteFullText(string Index, string Key, string Content, string TeaserColumns, string Weights)
{
    /// <summary>The best <see cref="SearchText.MaxHits"/> matches, best first; <paramref name="readable"/> are the visibilities read in full.</summary>
    public async Task<List<FullTextHit>> RankAsync(AppDbContext db, string text, IEnumerable<string> readable, CancellationToken cancellationToken)
    {
        var match = SearchText.ToFtsQuery(text);
        if (match.Length == 0)
        {
            return [];
        }
        // bm25 is "lower is better"; the weights favour the title over the summary over the rest.
        var rank = $"""
            SELECT "{Index}"."{Key}" AS "Id", -bm25("{Index}", {Weights}) AS "Score"
            FROM "{Index}" JOIN "{Content}" AS c ON c."Id" = "{Index}"."{Key}"
            """;
        var sql = $$"""
            SELECT "Id", "Score" FROM (
                {{rank}} WHERE "{{Index}}" MATCH {0} AND c."Visibility" IN (SELECT value FROM json_each({1}))
                UNION ALL
                {{rank}} WHERE "{{Index}}" MATCH {2} AND c."Visibility" NOT IN (SELECT value FROM json_each({1}))
            )
            ORDER BY "Score" DESC
            LIMIT {3}
            """;
        return await db.Database.SqlQueryRaw<FullTextHit>(sql, match, JsonSerializer.Serialize(readable), $"{TeaserColumns} : ({match})", SearchText.MaxHits)
            .ToListAsync(cancellationToken);
    }
}
