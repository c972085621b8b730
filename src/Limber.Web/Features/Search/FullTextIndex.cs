using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Search;

/// <summary>A piece of content the full-text engine found, with its relevance (higher is better).</summary>
public sealed record FullTextHit(Guid Id, double Score);

/// <summary>
/// One kind of content's full-text index on either database (docs/decisions/0002): a source declares
/// its tables and columns once and ranks through <see cref="RankAsync"/>, whichever provider runs.
/// </summary>
public sealed record FullTextIndex(SqliteFullText Sqlite, PostgresFullText Postgres)
{
    /// <summary>The best <see cref="SearchText.MaxHits"/> matches, best first; <paramref name="readable"/> are the visibilities read in full.</summary>
    public Task<List<FullTextHit>> RankAsync(AppDbContext db, string text, IEnumerable<Visibility> readable, CancellationToken cancellationToken)
    {
        // Visibility is stored as its name on both providers.
        var names = readable.Select(v => v.ToString()).ToList();
        return db.Database.IsNpgsql()
            ? Postgres.RankAsync(db, text, names, cancellationToken)
            : Sqlite.RankAsync(db, text, names, cancellationToken);
    }
}
