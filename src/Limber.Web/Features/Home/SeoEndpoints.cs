using System.Text;
using System.Xml;
using Limber.Features.Articles;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Home;

/// <summary><c>/sitemap.xml</c> (sitemaps.org 0.9) and <c>/robots.txt</c>.</summary>
public static class SeoEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (SiteUrls urls) => TypedResults.Text(
            $"""
            User-agent: *
            Disallow: /admin
            Disallow: /account
            Disallow: /api/
            Allow: /

            Sitemap: {urls.Absolute("/sitemap.xml")}

            """, "text/plain; charset=utf-8")).ExcludeFromDescription();
        endpoints.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription().CacheOutput(PageCache.Page);
        return endpoints;
    }

    private static async Task<IResult> SitemapAsync(AppDbContext db, SiteUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().Live(clock.GetUtcNow().UtcDateTime).Newest()
            .Select(a => new { a.Slug, a.UpdatedAtUtc }).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", SitemapNs);
            WriteUrl(xml, urls.Absolute("/"), null);
            WriteUrl(xml, urls.Absolute("/articles"), null);
            foreach (var a in articles)
            {
                WriteUrl(xml, urls.Absolute(SiteUrls.Article(a.Slug)), a.UpdatedAtUtc);
            }
            foreach (var slug in categories)
            {
                WriteUrl(xml, urls.Absolute(SiteUrls.Category(slug)), null);
            }
            xml.WriteEndElement();
        }
        // StringBuilder output declares utf-16; the bytes we send are UTF-8.
        return TypedResults.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/xml; charset=utf-8");
    }

    private static void WriteUrl(XmlWriter xml, string loc, DateTime? lastModified)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, loc);
        if (lastModified is { } at)
        {
            xml.WriteElementString("lastmod", SitemapNs, at.ToString("yyyy-MM-dd"));
        }
        xml.WriteEndElement();
    }
}
