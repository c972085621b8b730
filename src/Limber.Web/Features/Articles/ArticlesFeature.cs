namespace Limber.Features.Articles;

public static class ArticlesFeature
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddScoped<SaveArticle>();
        // Registered after the database initializer (AddPlatform), so it runs on the migrated schema.
        services.AddHostedService<TeaserUpgrade>();
        return services;
    }

    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapArticlesApi();
        endpoints.MapArticleFeed();
        return endpoints;
    }
}
