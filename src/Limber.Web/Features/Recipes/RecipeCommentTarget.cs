using Limber.Features.Comments;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>Recipes take comments (<see cref="ICommentTargetSource"/>): live means published; the thread follows the recipe's visibility.</summary>
public sealed class RecipeCommentTarget(AppDbContext db, PageCacheEvictions cache) : ICommentTargetSource
{
    /// <summary>Stored with every comment on a recipe; never renamed.</summary>
    public const string TargetKind = "recipe";

    public string Kind => TargetKind;

    public string Collection => "recipes";

    public string Label => "Recipe";

    public static string PathOf(string slug) => $"/recipes/{Uri.EscapeDataString(slug)}";

    public static CommentTarget Of(Recipe r) =>
        new(TargetKind, r.Id, r.Slug, r.Title, PathOf(r.Slug), r.Visibility, r.CommentsEnabled, null, r.Published);

    public async Task<CommentTarget?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await Targets(db.Recipes.Where(r => r.Slug == slug)).ToListAsync(cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<CommentTarget>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Targets(db.Recipes.Where(r => ids.Contains(r.Id))).ToListAsync(cancellationToken);

    public Task EvictAsync(CommentTarget target, CancellationToken cancellationToken) => cache.PageChangedAsync(target.Path, cancellationToken);

    private static IQueryable<CommentTarget> Targets(IQueryable<Recipe> recipes) => recipes.AsNoTracking()
        .Select(r => new CommentTarget(TargetKind, r.Id, r.Slug, r.Title, PathOf(r.Slug), r.Visibility, r.CommentsEnabled, null, r.Published));
}
