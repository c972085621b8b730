using System.Text;
using System.Xml;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Articles;

/// <summary>
/// <c>/feed.xml</c>: an Atom 1.0 feed (RFC 4287) of the newest live articles. Entries carry the
/// full body only for public articles; members and premium articles carry their teaser.
/// </summary>
public static class ArticleFeed
{
    public const int EntryCount = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static void MapArticleFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feed.xml", WriteAsync).ExcludeFromDescription().CacheOutput(PageCache.Page);

    private static async Task WriteAsync(HttpContext http, AppDbContext db, SiteUrls urls, IOptions<LimberOptions> site,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = await db.Articles.AsNoTracking().Live(now).Newest().Take(EntryCount)
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.Excerpt,
                a.PublishedAtUtc,
                a.UpdatedAtUtc,
                Content = a.Visibility == Visibility.Public ? a.BodyHtml : a.TeaserHtml,
                Author = a.Author == null ? null : a.Author.ShowNamePublicly ? a.Author.DisplayName : AppUser.PrivateName,
                Categories = a.Categories.OrderBy(c => c.Name).Select(c => c.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        // Written to memory first (a feed is a few hundred KB at most) because Kestrel forbids synchronous writes.
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            Write(xml, entries.Select(e => new Entry(e.Slug, e.Title, e.Excerpt, e.PublishedAtUtc!.Value,
                e.UpdatedAtUtc > e.PublishedAtUtc ? e.UpdatedAtUtc : e.PublishedAtUtc.Value, e.Content, e.Author, e.Categories)).ToList(),
                urls, site.Value, now);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
    }

    private sealed record Entry(string Slug, string Title, string Excerpt, DateTime PublishedAtUtc, DateTime UpdatedAtUtc,
        string Content, string? Author, List<string> Categories);

    private static void Write(XmlWriter xml, List<Entry> entries, SiteUrls urls, LimberOptions site, DateTime now)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("title", Atom, site.SiteName);
        xml.WriteElementString("subtitle", Atom, site.Tagline);
        xml.WriteElementString("id", Atom, urls.Absolute("/"));
        WriteLink(xml, "self", urls.Absolute("/feed.xml"), "application/atom+xml");
        WriteLink(xml, "alternate", urls.Absolute("/"), "text/html");
        var updated = entries.Count == 0 ? now : entries.Max(e => e.UpdatedAtUtc);
        xml.WriteElementString("updated", Atom, XmlConvert.ToString(updated, XmlDateTimeSerializationMode.Utc));
        xml.WriteStartElement("generator", Atom);
        xml.WriteString("Limber");
        xml.WriteEndElement();
        foreach (var e in entries)
        {
            var url = urls.Absolute(SiteUrls.Article(e.Slug));
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("title", Atom, e.Title);
            xml.WriteElementString("id", Atom, url);
            WriteLink(xml, "alternate", url, "text/html");
            xml.WriteElementString("published", Atom, XmlConvert.ToString(e.PublishedAtUtc, XmlDateTimeSerializationMode.Utc));
            xml.WriteElementString("updated", Atom, XmlConvert.ToString(e.UpdatedAtUtc, XmlDateTimeSerializationMode.Utc));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, e.Author ?? site.SiteName);
            xml.WriteEndElement();
            foreach (var category in e.Categories)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", category);
                xml.WriteEndElement();
            }
            xml.WriteElementString("summary", Atom, e.Excerpt);
            xml.WriteStartElement("content", Atom);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(e.Content);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
