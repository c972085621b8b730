using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Output caching of public pages for anonymous readers (signed-in members, requests with an
/// Authorization header and responses that set a cookie are never cached: ASP.NET Core's default
/// policy). Every change that shows on those pages evicts them at once: a comment evicts the page
/// of the content it is on; an article, category, workout or settings change evicts all content.
/// Entries also expire after a minute, so a scheduled article appears on time.
/// </summary>
public static class PageCache
{
    public const string Page = "page";
    /// <summary>A page of one piece of content (an article, a workout): also tagged with its path, so a comment evicts it alone.</summary>
    public const string ContentPage = "content-page";
    public const string ContentTag = "content";

    /// <summary>The tag of the cached page at <paramref name="path"/> (all its query strings: thread pages, forms opened).</summary>
    public static string PathTag(string path) => "path:" + path.ToLowerInvariant();

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache(options =>
        {
            // Pages are stored compressed (compression runs inside the cache, see UsePlatform), so one
            // entry per Accept-Encoding: a hit is bytes copied, never compressed again.
            options.AddPolicy(Page, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*")
                .SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(ContentTag));
            options.AddPolicy(ContentPage, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*")
                .SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(ContentTag).AddPolicy<PathTagPolicy>());
        });
        services.AddScoped<PageCacheEvictions>();
        return services;
    }

    /// <summary>Adds <c>path:{path}</c>, so a comment evicts only the page of the content it is on.</summary>
    private sealed class PathTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(PathTag(context.HttpContext.Request.Path.Value ?? "/"));
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
    /// <summary>The page at <paramref name="path"/> (cached with <see cref="PageCache.ContentPage"/>) changed.</summary>
    public Task PageChangedAsync(string path, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PageCache.PathTag(path), cancellationToken).AsTask();

    public Task ContentChangedAsync(CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PageCache.ContentTag, cancellationToken).AsTask();
}
