using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Web;

/// <summary>
/// Which requests may say who they are for and where they came from. With <c>Limber:BaseUrl</c> set,
/// only its host is served (host filtering answers 400 to any other Host). <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed only from the proxies in <c>Limber:Proxy</c> (loopback by
/// default, as for nginx or Caddy on the same machine): from anyone else they are ignored, so a client
/// cannot pick its own address for the rate limits or pretend it came over HTTPS.
/// </summary>
public static class PublicAddress
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        // After the host's own post-configuration, which reads AllowedHosts ("*" by default).
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<LimberOptions>>((o, site) =>
        {
            if (Uri.TryCreate(site.Value.BaseUrl, UriKind.Absolute, out var baseUrl) && (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*")))
            {
                o.AllowedHosts = [baseUrl.Host];
            }
        });
        return services;
    }

    /// <summary>Said once at start: without a public address, links in email point at the listening address.</summary>
    public static void WarnWhenUnset(ILogger logger, SiteUrls urls)
    {
        if (!urls.IsConfigured)
        {
            logger.LogWarning(
                "Limber:BaseUrl is not set, so links in email, the feed and the sitemap use {Url}. A public site must set it to its public address, e.g. Limber__BaseUrl=https://example.com.",
                urls.Base);
        }
    }
}

/// <summary>The reverse proxies whose X-Forwarded-* headers are believed (section <c>Limber:Proxy</c>).</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Limber:Proxy";

    /// <summary>Addresses of the proxies in front of the app (e.g. <c>10.0.0.5</c>). Loopback is always trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form (e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var address in KnownProxies.Where(a => !IPAddress.TryParse(a, out _)))
        {
            yield return new($"Limber:Proxy:KnownProxies: \"{address}\" is not an IP address.", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new($"Limber:Proxy:KnownNetworks: \"{network}\" is not a network such as 10.0.0.0/24.", [nameof(KnownNetworks)]);
        }
    }
}
