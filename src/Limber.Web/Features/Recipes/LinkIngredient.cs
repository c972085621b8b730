using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>
/// The editor ties an ingredient line to a food and its weight: an amount in grams or in one of the
/// food's portions ("1 tbsp = 13.5 g"); or unlinks it, so nutrition leaves it out. Confirming the
/// suggestions links every suggested line that has a weight in one go.
/// </summary>
public sealed class LinkIngredient(AppDbContext db, PageCacheEvictions cache, TimeProvider clock)
{
    public static class Messages
    {
        public const string NoSuchIngredient = "There is no such ingredient in this recipe.";
        public const string Food = "Choose a food from the table.";
        public const string Amount = "Give an amount greater than 0 and at most 10,000.";
        public const string Unit = "Choose grams or one of the food's portions.";
    }

    /// <param name="Unit">"g", or a portion of the food by its unit ("tbsp").</param>
    public sealed record Input(Guid? FoodId, double? Amount, string? Unit);

    public async Task<Result<RecipeIngredient>> LinkAsync(Guid recipeId, Guid ingredientId, Input input, CancellationToken cancellationToken)
    {
        var ingredient = await db.RecipeIngredients.SingleOrDefaultAsync(i => i.Id == ingredientId && i.RecipeId == recipeId, cancellationToken);
        if (ingredient is null)
        {
            return Result.NotFound(Messages.NoSuchIngredient);
        }
        // Only the shared table: a member's private food must not end up in a published recipe.
        var food = input.FoodId is { } foodId ? await db.Foods.AsNoTracking().SingleOrDefaultAsync(f => f.Id == foodId && f.OwnerId == null, cancellationToken) : null;
        var errors = new Dictionary<string, string>();
        if (food is null)
        {
            errors[nameof(Input.FoodId)] = Messages.Food;
        }
        if (input.Amount is not (> 0 and <= 10_000))
        {
            errors[nameof(Input.Amount)] = Messages.Amount;
        }
        var each = food?.GramsIn(input.Unit);
        if (food is not null && each is null)
        {
            errors[nameof(Input.Unit)] = Messages.Unit;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        ingredient.FoodId = food!.Id;
        ingredient.Grams = input.Amount!.Value * each!.Value;
        ingredient.Link = IngredientLink.Linked;
        await TouchAsync(recipeId, cancellationToken);
        return Result.Ok(ingredient);
    }

    public async Task<Result<Done>> UnlinkAsync(Guid recipeId, Guid ingredientId, CancellationToken cancellationToken)
    {
        var ingredient = await db.RecipeIngredients.SingleOrDefaultAsync(i => i.Id == ingredientId && i.RecipeId == recipeId, cancellationToken);
        if (ingredient is null)
        {
            return Result.NotFound(Messages.NoSuchIngredient);
        }
        (ingredient.FoodId, ingredient.Grams, ingredient.Link) = (null, null, IngredientLink.None);
        await TouchAsync(recipeId, cancellationToken);
        return Result.Ok();
    }

    /// <summary>Links every suggested line that has a weight; returns how many.</summary>
    public async Task<int> ConfirmSuggestionsAsync(Guid recipeId, CancellationToken cancellationToken)
    {
        var suggested = await db.RecipeIngredients
            .Where(i => i.RecipeId == recipeId && i.Link == IngredientLink.Suggested && i.FoodId != null && i.Grams > 0).ToListAsync(cancellationToken);
        suggested.ForEach(i => i.Link = IngredientLink.Linked);
        await TouchAsync(recipeId, cancellationToken);
        return suggested.Count;
    }

    private async Task TouchAsync(Guid recipeId, CancellationToken cancellationToken)
    {
        await db.Recipes.Where(r => r.Id == recipeId).ExecuteUpdateAsync(r => r.SetProperty(x => x.UpdatedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
    }
}
