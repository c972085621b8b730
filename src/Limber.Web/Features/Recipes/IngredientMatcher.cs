using Limber.Features.Foods;

namespace Limber.Features.Recipes;

/// <summary>
/// Suggests the food an ingredient line means: the best match in the shared food table for its
/// name, trying fewer words when all of them match nothing ("rolled oats" falls back to "oats":
/// in English the food is usually the last word). The editor confirms or changes it.
/// </summary>
public sealed class IngredientMatcher(FoodSearch foods)
{
    public async Task<RecipeIngredient> SuggestAsync(string line, CancellationToken cancellationToken)
    {
        var parsed = IngredientLines.Parse(line);
        var ingredient = new RecipeIngredient { Line = line, Quantity = parsed.Quantity, Unit = parsed.Unit, Name = parsed.Name };
        if (await BestMatchAsync(parsed.Name, cancellationToken) is { } food)
        {
            // The id alone: the food came from a no-tracking search, and setting the navigation would insert it again.
            ingredient.FoodId = food.Id;
            ingredient.Grams = parsed.Quantity is { } quantity ? KitchenUnits.Grams(food, quantity, parsed.Unit) : null;
            ingredient.Link = IngredientLink.Suggested;
        }
        return ingredient;
    }

    private async Task<Food?> BestMatchAsync(string name, CancellationToken cancellationToken)
    {
        // What comes after a comma is how it is prepared ("onion, finely chopped").
        var words = name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(words.Length, 4); take >= 1; take--)
        {
            var found = await foods.SearchAsync(string.Join(' ', words[^take..]), null, 1, cancellationToken);
            if (found is [var food, ..])
            {
                return food;
            }
        }
        return null;
    }
}
