using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary><c>/recipes</c>: published recipes, newest first, with search and a tag filter; each card shows its energy and protein per serving.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }

    public List<(Recipe Recipe, RecipeNutrition Nutrition)> Recipes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var filter = new RecipeFilter(string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim());
        var recipes = await db.Recipes.AsNoTracking().Listed().Matching(filter).Newest().Take(100).WithIngredients().ToListAsync(cancellationToken);
        Recipes = [.. recipes.Select(r => (r, RecipeNutrition.Of(r)))];
        ViewData[nameof(PageMeta)] = new PageMeta("Recipes", "Recipes with nutrition worked out from the food table, per serving.", "/recipes");
    }
}
