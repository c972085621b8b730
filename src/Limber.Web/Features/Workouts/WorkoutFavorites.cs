using Limber.Features.Favorites;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>Workouts as a kind of favorite: any published workout (a premium one stays listed, shown locked).</summary>
public sealed class WorkoutFavorites(AppDbContext db) : IFavoriteKind
{
    public const string Kind = "workout";

    public string Name => Kind;

    public string Heading => "Workouts";

    public int Order => 10;

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Workouts.Listed().AnyAsync(w => w.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, FavoriteItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Workouts.AsNoTracking().Where(w => ids.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => new FavoriteItem(w.Title, "/workouts/" + w.Slug, w.Visibility), cancellationToken);
}
