using Limber.Features.Accounts;
using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>
/// <c>/recipes/{slug}</c>: the recipe, scaled to <c>?servings=N</c> ("Servings" + "Scale" is a GET
/// form, so it works without JavaScript), its nutrition per serving, "Print", "Log this meal" and the
/// thread. Readers without access see the title, photo, summary and nutrition, then the join prompt.
/// <c>/recipes/{slug}/print</c> is the same recipe on a page with nothing else.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.ContentPage)]
public sealed class ReadModel(AppDbContext db, MemberAccess access, FavoritesService favorites, CommentThreadViews threads, SiteUrls urls) : PageModel
{
    public Recipe Recipe { get; private set; } = null!;

    public RecipeNutrition Nutrition { get; private set; } = null!;

    public bool CanRead { get; private set; }

    public bool IsFavorite { get; private set; }

    public int ServingsShown { get; private set; }

    public List<ScaledIngredient> Ingredients { get; private set; } = [];

    public string JsonLd { get; private set; } = "";

    public bool Print { get; private set; }

    public CommentThreadView? Comments { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? servings, bool print, CancellationToken cancellationToken)
    {
        var recipe = await db.Recipes.AsNoTracking().Listed().WithIngredients().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (recipe is null)
        {
            return NotFound();
        }
        // "?servings=abc" or 0 shows the recipe's own servings rather than an error page.
        ModelState.Clear();
        Recipe = recipe;
        Print = print;
        CanRead = await access.CanReadAsync(User, recipe.Visibility, cancellationToken);
        Nutrition = RecipeNutrition.Of(recipe);
        ServingsShown = ScaledIngredient.Servings(recipe, int.TryParse(servings, out var n) ? n : null);
        var factor = (double)ServingsShown / recipe.Servings;
        Ingredients = CanRead ? [.. recipe.Ingredients.Select(i => ScaledIngredient.Of(i, factor))] : [];
        JsonLd = RecipeJsonLd.For(recipe, Nutrition, CanRead, urls);
        if (print)
        {
            return Page();
        }
        IsFavorite = await favorites.IsFavoriteAsync(User.UserId(), RecipeFavorites.Kind, recipe.Id, cancellationToken);
        ViewData[nameof(PageMeta)] = new PageMeta(recipe.Title, recipe.Summary, RecipeCommentTarget.PathOf(recipe.Slug), "article",
            recipe.PhotoPath is null ? null : SiteUrls.Upload(recipe.PhotoPath));
        Comments = await threads.ForAsync(HttpContext, RecipeCommentTarget.Of(recipe), null, cancellationToken);
        return Page();
    }
}
