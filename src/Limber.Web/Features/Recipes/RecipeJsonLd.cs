using System.Globalization;
using System.Text.Json;
using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;

namespace Limber.Features.Recipes;

/// <summary>
/// The recipe as schema.org <c>Recipe</c> JSON-LD, so search engines and recipe apps can read it.
/// Ingredients and steps are in it only for a reader who may read them: a premium recipe's public
/// page says <c>isAccessibleForFree: false</c> and carries the teaser alone.
/// </summary>
public static class RecipeJsonLd
{
    public static string For(Recipe recipe, RecipeNutrition nutrition, bool canRead, SiteUrls urls)
    {
        var n = nutrition.PerServing;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Recipe",
            ["name"] = recipe.Title,
            ["description"] = recipe.Summary,
            ["url"] = urls.Absolute(RecipeCommentTarget.PathOf(recipe.Slug)),
            ["image"] = recipe.PhotoPath is null ? null : urls.Absolute(SiteUrls.Upload(recipe.PhotoPath)),
            ["datePublished"] = recipe.PublishedAtUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["recipeYield"] = $"{recipe.Servings} servings",
            ["prepTime"] = $"PT{recipe.PrepMinutes}M",
            ["cookTime"] = $"PT{recipe.CookMinutes}M",
            ["totalTime"] = $"PT{recipe.TotalMinutes}M",
            ["keywords"] = string.Join(", ", recipe.TagList),
            ["isAccessibleForFree"] = recipe.Visibility != Visibility.Premium,
            ["nutrition"] = new Dictionary<string, object?>
            {
                ["@type"] = "NutritionInformation",
                ["servingSize"] = "1 serving",
                ["calories"] = Amount(n.EnergyKcal, "kcal"),
                ["proteinContent"] = Amount(n.Protein, "g"),
                ["carbohydrateContent"] = Amount(n.Carbohydrate, "g"),
                ["fatContent"] = Amount(n.Fat, "g"),
                ["saturatedFatContent"] = Amount(n.SaturatedFat, "g"),
                ["sugarContent"] = Amount(n.Sugars, "g"),
                ["fiberContent"] = Amount(n.Fibre, "g"),
                ["sodiumContent"] = Amount(n.SodiumMg, "mg"),
            },
        };
        if (canRead)
        {
            data["recipeIngredient"] = recipe.Ingredients.Select(i => i.Line).ToList();
            data["recipeInstructions"] = recipe.Steps.Select(s => new Dictionary<string, string> { ["@type"] = "HowToStep", ["text"] = s }).ToList();
        }
        var json = JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary());
        // Inside <script>: "</" would end it early.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }

    private static string? Amount(double? value, string unit) => value is { } v ? $"{Quantities.Format(Math.Round(v, unit == "kcal" ? 0 : 1))} {unit}" : null;
}
