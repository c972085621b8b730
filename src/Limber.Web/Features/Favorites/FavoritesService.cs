using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Favorites;

/// <summary>Adds and removes favorites; adding twice keeps one, removing what is not there is fine.</summary>
public sealed class FavoritesService(AppDbContext db, TimeProvider clock)
{
    /// <returns>False when the target does not exist.</returns>
    public async Task<bool> AddAsync(Guid memberId, FavoriteKind kind, Guid targetId, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(kind, targetId, cancellationToken))
        {
            return false;
        }
        if (!await db.Favorites.AnyAsync(f => f.MemberId == memberId && f.Kind == kind && f.TargetId == targetId, cancellationToken))
        {
            db.Favorites.Add(new Favorite { MemberId = memberId, Kind = kind, TargetId = targetId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the unique index kept one, which is what the member wanted.
            }
        }
        return true;
    }

    public Task RemoveAsync(Guid memberId, FavoriteKind kind, Guid targetId, CancellationToken cancellationToken) =>
        db.Favorites.Where(f => f.MemberId == memberId && f.Kind == kind && f.TargetId == targetId).ExecuteDeleteAsync(cancellationToken);

    public Task<bool> IsFavoriteAsync(Guid? memberId, FavoriteKind kind, Guid targetId, CancellationToken cancellationToken) =>
        memberId is null ? Task.FromResult(false) : db.Favorites.AnyAsync(f => f.MemberId == memberId && f.Kind == kind && f.TargetId == targetId, cancellationToken);

    private Task<bool> ExistsAsync(FavoriteKind kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        FavoriteKind.Workout => db.Workouts.AnyAsync(w => w.Id == id && w.Published, cancellationToken),
        _ => db.Articles.AnyAsync(a => a.Id == id, cancellationToken),
    };
}
