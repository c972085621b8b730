using System.Xml.Linq;
using Limber.Features.Articles;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Articles;

public sealed class FeedsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Feed_IsAtomWithLiveArticles()
    {
        var live = await app.GivenArticleAsync();
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);

        var response = await app.CreateClient(signedInAs: null).GetAsync("/feed.xml");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(Atom + "id"));
        Assert.NotNull(feed.Element(Atom + "updated"));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        var entry = Assert.Single(entries, e => (string?)e.Element(Atom + "title") == live.Title);
        Assert.DoesNotContain(entries, e => (string?)e.Element(Atom + "title") == draft.Title);
        Assert.EndsWith($"/articles/{live.Slug}", (string?)entry.Element(Atom + "id"));
        Assert.NotNull(entry.Element(Atom + "updated"));
        Assert.NotNull(entry.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("html", (string?)entry.Element(Atom + "content")!.Attribute("type"));
    }

    [Fact]
    public async Task Feed_PremiumArticle_CarriesOnlyTheTeaser()
    {
        var secret = "premiumsecret" + Guid.NewGuid().ToString("N")[..8];
        var premium = await app.GivenArticleAsync(Visibility.Premium, body: $"Free opening.\n\n<!--more-->\n\nPaid part {secret}, the longer part that only premium readers get to read.");

        var feed = await app.CreateClient(signedInAs: null).GetStringAsync("/feed.xml");

        Assert.Contains(premium.Title, feed);
        Assert.Contains("Free opening.", feed);
        Assert.DoesNotContain(secret, feed);
    }

    [Fact]
    public async Task Sitemap_ListsHomeArticlesAndCategories()
    {
        var category = await app.GivenCategoryAsync();
        var article = await app.GivenArticleAsync(category: category);
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);

        var sitemap = XDocument.Parse(await app.CreateClient(signedInAs: null).GetStringAsync("/sitemap.xml")).Root!;

        Assert.Equal(Sitemap + "urlset", sitemap.Name);
        var locations = sitemap.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.Contains(locations, l => l.EndsWith($"/articles/{article.Slug}", StringComparison.Ordinal));
        Assert.Contains(locations, l => l.EndsWith($"/categories/{category.Slug}", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.EndsWith(draft.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_PointsAtTheSitemapAndKeepsAdminOut()
    {
        var robots = await app.CreateClient(signedInAs: null).GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", robots);
        Assert.Matches(@"Sitemap: https?://\S+/sitemap\.xml", robots);
    }
}
