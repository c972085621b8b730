using System.Security.Claims;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>Recipes as JSON, with the page's rules: nutrition for everyone, ingredients and steps only for readers with access.</summary>
public static class RecipesApi
{
    public static void MapRecipesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Recipes");
        api.MapGet("/recipes", ListAsync).WithName("ListRecipes")
            .WithSummary("Lists published recipes, newest first, with nutrition per serving; filters q (words in the title, summary or tags) and tag.");
        api.MapGet("/recipes/{slug}", GetAsync).WithName("GetRecipe")
            .WithSummary("Gets a recipe with nutrition per serving; ingredients (scaled to ?servings=N) and steps only for readers with access.");
    }

    private static async Task<Results<Ok<PagedResponse<RecipeSummaryResponse>>, ValidationProblem>> ListAsync(string? q, string? tag, string? page,
        string? pageSize, AppDbContext db, CancellationToken cancellationToken)
    {
        var request = PageRequest.Parse(page, pageSize, 20, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var query = db.Recipes.AsNoTracking().Listed().Matching(new RecipeFilter(q, tag));
        var total = await query.CountAsync(cancellationToken);
        var recipes = await query.Newest().Skip(request.Skip).Take(request.PageSize).WithIngredients().ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<RecipeSummaryResponse>([.. recipes.Select(RecipeSummaryResponse.From)], request.Page, request.PageSize, total));
    }

    private static async Task<Results<Ok<RecipeResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(string slug, string? servings, ClaimsPrincipal user,
        AppDbContext db, MemberAccess access, CancellationToken cancellationToken)
    {
        int? asked = null;
        if (servings is not null)
        {
            if (!int.TryParse(servings, out var n) || n is < 1 or > ScaledIngredient.MaxServings)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["servings"] = [$"Give the servings as a whole number from 1 to {ScaledIngredient.MaxServings}."] });
            }
            asked = n;
        }
        var recipe = await db.Recipes.AsNoTracking().Listed().WithIngredients().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (recipe is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no published recipe with the slug '{slug}'.");
        }
        var canRead = await access.CanReadAsync(user, recipe.Visibility, cancellationToken);
        var shown = ScaledIngredient.Servings(recipe, asked);
        var factor = (double)shown / recipe.Servings;
        var nutrition = RecipeNutrition.Of(recipe);
        return TypedResults.Ok(new RecipeResponse(recipe.Slug, recipe.Title, recipe.Summary, Photo(recipe), recipe.PhotoAlt, recipe.Servings, shown,
            recipe.PrepMinutes, recipe.CookMinutes, [.. recipe.TagList], recipe.Visibility, canRead, NutritionResponse.From(nutrition),
            canRead ? [.. recipe.Ingredients.Select(i => IngredientResponse.From(i, ScaledIngredient.Of(i, factor)))] : null,
            canRead ? recipe.Steps : null, RecipeCommentTarget.PathOf(recipe.Slug)));
    }

    internal static string? Photo(Recipe r) => r.PhotoPath is null ? null : SiteUrls.Upload(r.PhotoPath);
}

public sealed record RecipeSummaryResponse(string Slug, string Title, string Summary, string? Photo, int Servings, int PrepMinutes, int CookMinutes,
    List<string> Tags, Visibility Visibility, NutritionResponse NutritionPerServing, string Url)
{
    public static RecipeSummaryResponse From(Recipe r) => new(r.Slug, r.Title, r.Summary, RecipesApi.Photo(r), r.Servings, r.PrepMinutes, r.CookMinutes,
        [.. r.TagList], r.Visibility, NutritionResponse.From(RecipeNutrition.Of(r)), RecipeCommentTarget.PathOf(r.Slug));
}

/// <param name="Excluded">Ingredients not linked to a food, which the figures leave out.</param>
public sealed record NutritionResponse(double? EnergyKcal, double? EnergyKj, double? Protein, double? Carbohydrate, double? Sugars, double? Fat,
    double? SaturatedFat, double? Fibre, double? SodiumMg, int Excluded)
{
    public static NutritionResponse From(RecipeNutrition n)
    {
        var v = n.PerServing;
        return new(R(v.EnergyKcal, 0), R(v.EnergyKj, 0), R(v.Protein), R(v.Carbohydrate), R(v.Sugars), R(v.Fat), R(v.SaturatedFat), R(v.Fibre),
            R(v.SodiumMg, 0), n.Excluded);
    }

    private static double? R(double? value, int digits = 1) => value is { } x ? Math.Round(x, digits) : null;
}

/// <param name="Text">The line for the servings asked, as the page shows it ("1½ tsp olive oil").</param>
/// <param name="Grams">Its weight for the servings asked, when it is linked to a food.</param>
public sealed record IngredientResponse(string Text, string? Amount, string? Unit, string Name, double? Grams, bool Linked)
{
    public static IngredientResponse From(RecipeIngredient i, ScaledIngredient s) =>
        new(s.Text, s.Amount, s.Unit, s.Name, i.CountsInNutrition && s.Grams is { } g ? Math.Round(g, 1) : null, i.CountsInNutrition);
}

public sealed record RecipeResponse(string Slug, string Title, string Summary, string? Photo, string? PhotoAlt, int Servings, int ServingsShown,
    int PrepMinutes, int CookMinutes, List<string> Tags, Visibility Visibility, bool CanRead, NutritionResponse NutritionPerServing,
    List<IngredientResponse>? Ingredients, List<string>? Steps, string Url);
