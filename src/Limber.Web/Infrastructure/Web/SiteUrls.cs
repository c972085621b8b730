using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Absolute URLs for canonical links, feeds and the sitemap: the configured
/// <see cref="LimberOptions.BaseUrl"/>, or the address the request came in on.
/// </summary>
public sealed class SiteUrls(IOptions<LimberOptions> options, IHttpContextAccessor accessor)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
            {
                return options.Value.BaseUrl.TrimEnd('/');
            }
            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string Absolute(string path) => Base + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    public static string Category(string slug) => $"/categories/{Uri.EscapeDataString(slug)}";

    public static string Upload(string relativePath) => "/uploads/" + relativePath;
}
