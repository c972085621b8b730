using System.ComponentModel.DataAnnotations;
using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes.Admin;

/// <summary>
/// <c>/admin/recipes/{id}/ingredients/{ingredientId}</c>: links one ingredient line to a food. Search
/// the table (<c>?q=</c>), pick a food (<c>?food=</c>), give the amount in grams or one of its
/// portions, "Link ingredient"; or "Remove link". Works without JavaScript: each step is a page.
/// </summary>
public sealed class IngredientModel(AppDbContext db, FoodSearch search, LinkIngredient links) : PageModel
{
    public Recipe Recipe { get; private set; } = null!;

    public RecipeIngredient Ingredient { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public List<Food> Results { get; private set; } = [];

    /// <summary>The food picked, whose portions the unit choice lists.</summary>
    public Food? Chosen { get; private set; }

    [BindProperty] public LinkForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid ingredientId, Guid? food, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ingredientId, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        Q ??= Ingredient.Name.Split(',')[0];
        Results = await search.SearchAsync(Q, null, 15, cancellationToken);
        Chosen = food is { } picked ? await search.FindAsync(picked, null, cancellationToken) : Ingredient.Food;
        Input = new LinkForm { FoodId = Chosen?.Id, Amount = Ingredient.Quantity ?? 100, Unit = DefaultUnit(Chosen) };
        if (Chosen is not null && Ingredient.Food?.Id == Chosen.Id && Ingredient.Grams is { } grams && Input.Unit == Food.GramsUnit)
        {
            Input.Amount = Math.Round(grams, 1);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid ingredientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ingredientId, cancellationToken))
        {
            return NotFound();
        }
        Chosen = Input.FoodId is { } foodId ? await search.FindAsync(foodId, null, cancellationToken) : null;
        if (this.Reword(nameof(Input), nameof(LinkForm.Amount), LinkIngredient.Messages.Amount))
        {
            return Page();
        }
        var linked = await links.LinkAsync(id, ingredientId, new LinkIngredient.Input(Input.FoodId, Input.Amount, Input.Unit), cancellationToken);
        if (!linked.Succeeded)
        {
            return this.Failed(linked, nameof(Input));
        }
        TempData["Flash"] = $"Linked “{Ingredient.Line}”.";
        return Redirect($"/admin/recipes/edit/{id}");
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid ingredientId, CancellationToken cancellationToken)
    {
        var unlinked = await links.UnlinkAsync(id, ingredientId, cancellationToken);
        if (!unlinked.Succeeded)
        {
            return this.Failed(unlinked);
        }
        TempData["Flash"] = "Removed the link: nutrition now leaves that line out.";
        return Redirect($"/admin/recipes/edit/{id}");
    }

    /// <summary>The line's own unit when the food has that portion ("tbsp"), else grams.</summary>
    private string DefaultUnit(Food? food) =>
        food is not null && KitchenUnits.Portion(food, Ingredient.Unit) is { } portion && !KitchenUnits.IsMass(Ingredient.Unit) ? portion.Unit : Food.GramsUnit;

    private async Task<bool> LoadAsync(Guid id, Guid ingredientId, CancellationToken cancellationToken)
    {
        var recipe = await db.Recipes.AsNoTracking().WithIngredients().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var ingredient = recipe?.Ingredients.SingleOrDefault(i => i.Id == ingredientId);
        if (recipe is null || ingredient is null)
        {
            return false;
        }
        (Recipe, Ingredient) = (recipe, ingredient);
        return true;
    }

    public sealed class LinkForm
    {
        [Display(Name = "Food")] public Guid? FoodId { get; set; }

        [Display(Name = "Amount")] public double? Amount { get; set; }

        [Display(Name = "Unit")] public string? Unit { get; set; }
    }
}
