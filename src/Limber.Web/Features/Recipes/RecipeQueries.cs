using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>The recipe list's filters, as on /recipes and the API.</summary>
public sealed record RecipeFilter(string? Q = null, string? Tag = null)
{
    public static readonly string[] TagChoices = ["breakfast", "lunch", "dinner", "snack", "high protein", "vegetarian", "anti-inflammatory", "quick"];
}

public static class RecipeQueries
{
    public static IQueryable<Recipe> Listed(this IQueryable<Recipe> recipes) => recipes.Where(r => r.Published);

    /// <summary>A recipe with its ingredients in order and their foods: what the nutrition is computed from.</summary>
    public static IQueryable<Recipe> WithIngredients(this IQueryable<Recipe> recipes) =>
        recipes.Include(r => r.Ingredients.OrderBy(i => i.Position)).ThenInclude(i => i.Food).AsSplitQuery();

    public static IQueryable<Recipe> Matching(this IQueryable<Recipe> recipes, RecipeFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
            recipes = recipes.Where(r => r.Title.ToUpper().Contains(q) || r.Summary.ToUpper().Contains(q) || r.Tags.ToUpper().Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = "," + filter.Tag.Trim().ToLowerInvariant() + ",";
            recipes = recipes.Where(r => ("," + r.Tags + ",").Contains(tag));
        }
        return recipes;
    }

    public static IQueryable<Recipe> Newest(this IQueryable<Recipe> recipes) =>
        recipes.OrderByDescending(r => r.PublishedAtUtc).ThenBy(r => r.Title);
}
