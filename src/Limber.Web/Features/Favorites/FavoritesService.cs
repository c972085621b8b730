using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Favorites;

/// <summary>Adds and removes favorites; adding twice keeps one, removing what is not there is fine.</summary>
public sealed class FavoritesService(AppDbContext db, IEnumerable<IFavoriteKind> kinds, TimeProvider clock)
{
    /// <returns>False when the kind is not registered or the content does not exist.</returns>
    public async Task<bool> AddAsync(Guid memberId, string kindName, Guid targetId, CancellationToken cancellationToken)
    {
        if (kinds.Named(kindName) is not { } kind || !await kind.ExistsAsync(targetId, cancellationToken))
        {
            return false;
        }
        if (!await db.Favorites.OwnedBy(memberId).AnyAsync(f => f.Kind == kind.Name && f.TargetId == targetId, cancellationToken))
        {
            db.Favorites.Add(new Favorite { MemberId = memberId, Kind = kind.Name, TargetId = targetId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
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

    /// <returns>False when the kind is not registered.</returns>
    public async Task<bool> RemoveAsync(Guid memberId, string kindName, Guid targetId, CancellationToken cancellationToken)
    {
        if (kinds.Named(kindName) is not { } kind)
        {
            return false;
        }
        await db.Favorites.OwnedBy(memberId).Where(f => f.Kind == kind.Name && f.TargetId == targetId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    public Task<bool> IsFavoriteAsync(Guid? memberId, string kind, Guid targetId, CancellationToken cancellationToken) =>
        memberId is null ? Task.FromResult(false) : db.Favorites.OwnedBy(memberId).AnyAsync(f => f.Kind == kind && f.TargetId == targetId, cancellationToken);

    /// <summary>Content that is deleted takes its favorites with it; the owning feature calls this in its delete.</summary>
    public Task ContentDeletedAsync(string kind, Guid targetId, CancellationToken cancellationToken) =>
        db.Favorites.Where(f => f.Kind == kind && f.TargetId == targetId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>A member's favorites of every kind, newest first, described by their kinds; those whose content is gone are left out.</summary>
    public async Task<List<MemberFavorite>> ListAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var rows = await db.Favorites.AsNoTracking().OwnedBy(memberId)
            .OrderByDescending(f => f.CreatedAtUtc).ThenByDescending(f => f.Id)
            .Select(f => new { f.Kind, f.TargetId, f.CreatedAtUtc }).ToListAsync(cancellationToken);
        var described = new Dictionary<(string, Guid), FavoriteItem>();
        foreach (var kind in kinds)
        {
            var ids = rows.Where(r => r.Kind == kind.Name).Select(r => r.TargetId).ToList();
            if (ids.Count > 0)
            {
                foreach (var (id, item) in await kind.DescribeAsync(ids, cancellationToken))
                {
                    described[(kind.Name, id)] = item;
                }
            }
        }
        return [.. rows.Where(r => described.ContainsKey((r.Kind, r.TargetId)))
            .Select(r => new MemberFavorite(r.Kind, r.TargetId, r.CreatedAtUtc, described[(r.Kind, r.TargetId)]))];
    }
}

public sealed record MemberFavorite(string Kind, Guid TargetId, DateTime AddedAtUtc, FavoriteItem Item);
