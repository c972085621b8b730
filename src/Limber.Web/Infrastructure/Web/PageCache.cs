using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Output caching of public pages for anonymous readers (signed-in members, requests with an
/// Authorization header and responses that set a cookie are never cached: ASP.NET Core's default
/// policy). Every change that shows on those pages evicts them at once: a comment evicts its
/// article's page; an article, category, workout or settings change evicts all content. Entries
/// also expire after a minute, so a scheduled article appears on time.
/// </summary>
public static class PageCache
{
    public const string Page = "page";
    public const string ArticlePage = "article-page";
    public const string ContentTag = "content";

    public static string ArticleTag(string slug) => "article:" + slug;

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache(options =>
        {
            // Pages are stored compressed (compression runs inside the cache, see UsePlatform), so one
            // entry per Accept-Encoding: a hit is bytes copied, never compressed again.
            options.AddPolicy(Page, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*")
                .SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(ContentTag));
            options.AddPolicy(ArticlePage, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*")
                .SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(ContentTag).AddPolicy<ArticleTagPolicy>());
        });
        services.AddScoped<PageCacheEvictions>();
        return services;
    }

    /// <summary>Adds <c>article:{slug}</c>, so a comment evicts only its article's page.</summary>
    private sealed class ArticleTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Request.RouteValues["slug"] is string slug)
            {
                context.Tags.Add(ArticleTag(slug));
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>Output caching of public pages, bound from <c>Limber:PageCache</c>.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Limber:PageCache";

    /// <summary>Cache public pages for anonymous readers. Default on.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>What writes call after saving, so readers see the change at once.</summary>
public sealed class PageCacheEvictions(IOutputCacheStore store)
{
    public Task ArticleChangedAsync(string slug, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PageCache.ArticleTag(slug), cancellationToken).AsTask();

    public Task ContentChangedAsync(CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PageCache.ContentTag, cancellationToken).AsTask();
}
