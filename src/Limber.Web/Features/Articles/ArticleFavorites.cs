using Limber.Features.Favorites;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Articles;

/// <summary>Articles as a kind of favorite: live articles can be added; an unpublished one stays listed until deleted.</summary>
public sealed class ArticleFavorites(AppDbContext db, TimeProvider clock) : IFavoriteKind
{
    public const string Kind = "article";

    public string Name => Kind;

    public string Heading => "Articles";

    public int Order => 20;

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Articles.Live(clock.GetUtcNow().UtcDateTime).AnyAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, FavoriteItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new FavoriteItem(a.Title, "/articles/" + a.Slug, a.Visibility), cancellationToken);
}
