using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Absolute URLs for links in email, canonical links, feeds and the sitemap: the configured
/// <see cref="LimberOptions.BaseUrl"/>, or else the address the app listens on. Never the request's
/// Host header: anyone can send any Host, and a reset link built from it mails a victim the
/// attacker's address (password-reset poisoning, docs/security.md).
/// </summary>
public sealed class SiteUrls(IOptions<LimberOptions> options, IServer server)
{
    private string? _listening;

    /// <summary>True when the public address is configured rather than taken from the listening address.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.BaseUrl);

    public string Base => IsConfigured
        ? options.Value.BaseUrl!.TrimEnd('/')
        : _listening ?? (_listening = ListeningOrNull(server)) ?? "http://localhost";

    public string Absolute(string path) => Base + (path.StartsWith('/') ? path : "/" + path);

    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    public static string Category(string slug) => $"/categories/{Uri.EscapeDataString(slug)}";

    public static string Upload(string relativePath) => "/uploads/" + relativePath;

    /// <summary>
    /// The first address the server listens on (HTTPS first), with a wildcard host (0.0.0.0, [::], +, *)
    /// read as localhost. Before the server has started, or on a server that reports none (the test
    /// server), http://localhost.
    /// </summary>
    private static string? ListeningOrNull(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return null;
        }
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        var uri = new Uri(chosen.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
