using Limber.Features.Foods;

namespace Limber.Features.Recipes;

/// <summary>
/// A recipe's nutrition per serving, computed from its linked ingredients' foods and weights.
/// <see cref="Excluded"/> counts the lines that are not linked: the page says "nutrition excludes
/// 1 ingredient" rather than pretend.
/// </summary>
public sealed record RecipeNutrition(NutritionalValues PerServing, int Excluded)
{
    /// <summary>Needs the ingredients with their foods loaded.</summary>
    public static RecipeNutrition Of(Recipe recipe)
    {
        var total = NutritionalValues.Sum(recipe.Ingredients.Where(i => i.CountsInNutrition).Select(i => i.Food!.In(i.Grams!.Value)));
        return new RecipeNutrition(total.Times(1.0 / Math.Max(1, recipe.Servings)), recipe.Ingredients.Count(i => !i.CountsInNutrition));
    }

    public string? ExclusionNote => Excluded switch
    {
        0 => null,
        1 => "Nutrition excludes 1 ingredient.",
        _ => $"Nutrition excludes {Excluded} ingredients.",
    };
}
