using Limber.Features.Accounts;

namespace Limber.Features.Favorites;

public static class FavoritesFeature
{
    public static IServiceCollection AddFavorites(this IServiceCollection services)
    {
        services.AddScoped<FavoritesService>();
        services.AddScoped<IAccountOverviewCard, FavoritesCard>();
        services.AddScoped<IMemberDataContributor, FavoritesData>();
        services.AddAccountLink("Favorites", "/account/favorites", 30);
        return services;
    }

    public static IEndpointRouteBuilder MapFavorites(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFavoritesApi();
        return endpoints;
    }
}
