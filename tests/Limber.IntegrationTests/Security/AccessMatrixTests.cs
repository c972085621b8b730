using System.Net;
using System.Net.Http.Headers;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// The access matrix (issue 15): every reader × every visibility × every surface that shows an
/// article, its discussion or its media. Each case plants a secret word in the gated part (past the
/// teaser, in a comment, or as the video's bytes) and asserts that it reaches exactly the readers
/// who may read it. The feed, the sitemap and the Open Graph tags are public documents: the feed
/// carries the whole body of public articles only, the sitemap and the tags never carry a body.
/// </summary>
public sealed class AccessMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    public enum Surface
    {
        ArticlePage,
        ArticleApi,
        AtomFeed,
        Search,
        Sitemap,
        CommentsPage,
        CommentsApi,
        Media,
        OpenGraph,
    }

    /// <summary>Who may read what in full: the product's rule (design.md, Membership), written out.</summary>
    public static TheoryData<string, Visibility, bool> Access => new()
    {
        { Readers.Anonymous, Visibility.Public, true },
        { Readers.Anonymous, Visibility.Members, false },
        { Readers.Anonymous, Visibility.Premium, false },
        { Readers.Free, Visibility.Public, true },
        { Readers.Free, Visibility.Members, true },
        { Readers.Free, Visibility.Premium, false },
        { Readers.Premium, Visibility.Public, true },
        { Readers.Premium, Visibility.Members, true },
        { Readers.Premium, Visibility.Premium, true },
        { Readers.Admin, Visibility.Public, true },
        { Readers.Admin, Visibility.Members, true },
        { Readers.Admin, Visibility.Premium, true },
    };

    /// <summary><see cref="Access"/> on every <see cref="Surface"/>.</summary>
    public static TheoryData<string, Visibility, Surface, bool> Matrix()
    {
        var data = new TheoryData<string, Visibility, Surface, bool>();
        foreach (var row in Access)
        {
            var (role, visibility, mayRead) = row.Data;
            foreach (var surface in Enum.GetValues<Surface>())
            {
                data.Add(role, visibility, surface, mayRead);
            }
        }
        return data;
    }

    /// <summary>Whether the secret should reach the reader on this surface.</summary>
    private static bool Reaches(Surface surface, Visibility visibility, bool mayRead) => surface switch
    {
        Surface.AtomFeed => visibility == Visibility.Public,
        Surface.Sitemap or Surface.OpenGraph => false,
        _ => mayRead,
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task GatedContent_ReachesExactlyTheReadersWithAccess(string role, Visibility visibility, Surface surface, bool mayRead)
    {
        var secret = Readers.Secret("matrix");
        var client = app.CreateClient(await app.GivenReaderAsync(role));
        var expected = Reaches(surface, visibility, mayRead);

        if (surface == Surface.Media)
        {
            await AssertMediaAsync(client, visibility, expected);
            return;
        }
        var comments = surface is Surface.CommentsPage or Surface.CommentsApi;
        var slug = await GivenArticleAsync(visibility, comments ? Readers.Secret("body") : secret, comments ? secret : null);
        var reached = surface switch
        {
            Surface.ArticlePage or Surface.CommentsPage => Has(await client.GetStringAsync($"/articles/{slug}"), secret),
            Surface.ArticleApi => Has(await client.GetStringAsync($"/api/v1/articles/{slug}") + await client.GetStringAsync("/api/v1/articles?pageSize=100"), secret),
            Surface.CommentsApi => Has(await client.GetStringAsync($"/api/v1/articles/{slug}/comments"), secret),
            Surface.AtomFeed => Has(await FeedAsync(client, slug), secret),
            Surface.Search => await SearchFindsAsync(client, secret, slug),
            Surface.Sitemap => Has(await SitemapAsync(client, slug), secret),
            Surface.OpenGraph => Has(await OpenGraphAsync(client, slug), secret),
            _ => throw new ArgumentOutOfRangeException(nameof(surface)),
        };

        Assert.True(expected == reached, $"{role} reading a {visibility} article on {surface}: the secret {(expected ? "is missing" : "leaked")}.");
    }

    private static bool Has(string text, string secret) => text.Contains(secret, StringComparison.Ordinal);

    /// <summary>An article published through the editor (excerpt left empty, so it is made from the teaser), with the secret in its second half.</summary>
    private async Task<string> GivenArticleAsync(Visibility visibility, string secret, string? commentSecret)
    {
        var category = await app.GivenCategoryAsync();
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/articles/edit")).Form();
        var title = "Matrix " + Guid.NewGuid().ToString("N")[..10];
        var saved = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = $"A gentle opening about posture and breathing for the back.\n\nThe paid part explains {secret} in full.",
            ["Input.Excerpt"] = "",
            ["Input.CategoryIds"] = category.Id.ToString(),
            ["Input.Visibility"] = ((int)visibility).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, form.Button("Publish"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = Limber.Infrastructure.Web.Slugs.From(title);
        if (commentSecret is not null)
        {
            var article = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Articles, a => a.Slug == slug));
            var author = await app.GivenReaderAsync(Readers.Premium);
            var comment = await app.GivenCommentAsync(article, author!, body: $"My take on {commentSecret}.");
            await app.GivenCommentAsync(article, author!, comment, $"Replying about {commentSecret} again.");
        }
        return slug;
    }

    private static async Task<string> FeedAsync(HttpClient client, string slug)
    {
        var feed = await client.GetStringAsync("/feed.xml");
        Assert.Contains($"/articles/{slug}", feed);
        return feed;
    }

    private static async Task<string> SitemapAsync(HttpClient client, string slug)
    {
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains($"/articles/{slug}", sitemap);
        return sitemap;
    }

    /// <summary>Whether the search answers for the secret: the count is the oracle, so "1 article matches" counts as reaching it.</summary>
    private static async Task<bool> SearchFindsAsync(HttpClient client, string secret, string slug)
    {
        var page = await client.GetDocumentAsync($"/search?q={secret}");
        var found = page.QuerySelector($"a[href='/articles/{slug}']") is not null;
        Assert.Equal(found, page.Text(".result-count").StartsWith("1 article matches", StringComparison.Ordinal));
        return found;
    }

    private static async Task<string> OpenGraphAsync(HttpClient client, string slug)
    {
        var page = await client.GetDocumentAsync($"/articles/{slug}");
        var tags = page.QuerySelectorAll("head meta").Select(m => m.GetAttribute("content") ?? "").ToList();
        Assert.Contains(tags, t => t.StartsWith("A gentle opening", StringComparison.Ordinal));
        return string.Join('\n', tags) + page.Title;
    }

    private async Task AssertMediaAsync(HttpClient client, Visibility visibility, bool expected)
    {
        var video = TestVideos.Mp4(4096);
        var (slug, src) = await app.GivenWorkoutWithVideoAsync(visibility, video);
        var page = await client.GetDocumentAsync($"/workouts/{slug}");
        var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.Range = new RangeHeaderValue(0, 4095);

        var response = await client.SendAsync(request);

        Assert.Equal(expected, page.QuerySelector("video") is not null);
        Assert.Equal(expected ? HttpStatusCode.PartialContent : HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadAsByteArrayAsync()).SequenceEqual(video));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/uploads/videos/" + src[(src.LastIndexOf('/') + 1)..])).StatusCode);
        if (visibility != Visibility.Public && expected)
        {
            Assert.True(response.Headers.CacheControl?.Private, $"Cache-Control: {response.Headers.CacheControl}");
        }
    }
}
