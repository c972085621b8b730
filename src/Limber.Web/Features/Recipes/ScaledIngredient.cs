namespace Limber.Features.Recipes;

/// <summary>An ingredient as shown for a number of servings: "1½ tsp olive oil" from "1 tbsp olive oil" at half the servings.</summary>
public sealed record ScaledIngredient(string? Amount, string? Unit, string Name, double? Grams)
{
    public const int MaxServings = 100;

    public string Text => Amount is null ? Name : $"{Quantity} {Name}";

    /// <summary>The amount and its unit, plural where English wants it: "2 cups", "1 slice", "1½ tsp".</summary>
    public string? Quantity => Amount is null ? null : Unit is null ? Amount : $"{Amount} {KitchenUnits.Plural(Unit, Amount)}";

    public static ScaledIngredient Of(RecipeIngredient ingredient, double factor)
    {
        if (ingredient.Quantity is not { } quantity)
        {
            return new ScaledIngredient(null, null, ingredient.Line, ingredient.Grams * factor);
        }
        var (scaled, unit) = KitchenUnits.Scale(quantity, ingredient.Unit, factor);
        return new ScaledIngredient(KitchenUnits.Format(scaled, unit), unit, ingredient.Name, ingredient.Grams * factor);
    }

    /// <summary>The servings asked for, within 1 to <see cref="MaxServings"/>; the recipe's own when none or nonsense was asked.</summary>
    public static int Servings(Recipe recipe, int? asked) => asked is >= 1 and <= MaxServings ? asked.Value : recipe.Servings;
}
