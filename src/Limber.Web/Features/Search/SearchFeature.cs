namespace Limber.Features.Search;

public static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddScoped<ArticleSearch>();
}
