using Limber.Features.Favorites;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>Recipes as a kind of favorite: any published recipe (a premium one stays listed, shown locked).</summary>
public sealed class RecipeFavorites(AppDbContext db) : IFavoriteKind
{
    public const string Kind = "recipe";

    public string Name => Kind;

    public string Heading => "Recipes";

    public int Order => 15;

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Recipes.Listed().AnyAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, FavoriteItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Recipes.AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new FavoriteItem(r.Title, RecipeCommentTarget.PathOf(r.Slug), r.Visibility), cancellationToken);
}
