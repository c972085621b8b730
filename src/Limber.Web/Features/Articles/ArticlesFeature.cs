using Limber.Features.Comments;
using Limber.Features.Favorites;
using Limber.Features.Search;
using Limber.Infrastructure.Data;

namespace Limber.Features.Articles;

public static class ArticlesFeature
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddScoped<SaveArticle>();
        services.AddCommentTarget<ArticleCommentTarget>();
        services.AddSearchSource<ArticleSearch>();
        services.AddScoped<IDataUpgrade, TeaserUpgrade>();
        services.AddFavoriteKind<ArticleFavorites>();
        return services;
    }

    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapArticlesApi();
        endpoints.MapArticleFeed();
        return endpoints;
    }
}
