using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.FoodJournal;

namespace Limber.Features.Recipes;

public static class RecipesFeature
{
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        services.AddScoped<IngredientMatcher>();
        services.AddScoped<SaveRecipe>();
        services.AddScoped<LinkIngredient>();
        services.AddScoped<IJournalRecipes, RecipeJournal>();
        services.AddFavoriteKind<RecipeFavorites>();
        services.AddCommentTarget<RecipeCommentTarget>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecipes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRecipesApi();
        return endpoints;
    }
}
