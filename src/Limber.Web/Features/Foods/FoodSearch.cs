using Limber.Features.Search;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Foods;

/// <summary>
/// Finds foods by the words typed, in any order, each a prefix ("chick bre" finds "Chicken,
/// broilers or fryers, breast, meat only, cooked, roasted"): the shared table and the searcher's own
/// foods, their own first, then common foods before rare ones, then the closer match and the
/// shorter name. One query on each database's full-text index (docs/decisions/0018).
/// </summary>
public sealed class FoodSearch(AppDbContext db)
{
    public const int MaxResults = 50;

    public async Task<List<Food>> SearchAsync(string? query, Guid? memberId, int take, CancellationToken cancellationToken)
    {
        var words = SearchText.WordsOf(SearchText.Normalize(query)).Take(8).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        take = Math.Clamp(take, 1, MaxResults);
        // The owner is compared as text on SQLite (Guids are stored as TEXT there); no member matches no row.
        var owner = memberId ?? Guid.Empty;
        var foods = db.Database.IsNpgsql()
            ? db.Foods.FromSqlRaw("""
                SELECT f.* FROM "Foods" AS f
                WHERE f."SearchVector" @@ to_tsquery('english', {0}) AND (f."OwnerId" IS NULL OR f."OwnerId" = {1})
                ORDER BY f."OwnerId" IS NULL, f."Commonness" DESC, ts_rank(f."SearchVector", to_tsquery('english', {0})) DESC, length(f."Name"), f."Name"
                LIMIT {2}
                """, string.Join(" & ", words.Select(w => $"'{w}':*")), owner, take)
            : db.Foods.FromSqlRaw("""
                SELECT f.* FROM "FoodSearch" AS s JOIN "Foods" AS f ON f."Id" = s."FoodId"
                WHERE "FoodSearch" MATCH {0} AND (f."OwnerId" IS NULL OR f."OwnerId" = {1})
                ORDER BY f."OwnerId" IS NULL, f."Commonness" DESC, bm25("FoodSearch", 0.0, 10.0, 2.0), length(f."Name"), f."Name"
                LIMIT {2}
                """, SearchText.ToFtsQuery(string.Join(' ', words)), owner, take);
        return await foods.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>A food the member may use: the shared table's or their own.</summary>
    public Task<Food?> FindAsync(Guid id, Guid? memberId, CancellationToken cancellationToken) =>
        db.Foods.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && (f.OwnerId == null || f.OwnerId == memberId), cancellationToken);
}
