using System.Net;
using Limber.Features.Articles;
using Limber.Features.Favorites;
using Limber.Features.Notifications;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Articles;

public sealed class ReadingArticlesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Read_PublicArticle_ShowsTitleCategoriesDateAuthorAndBody()
    {
        var category = await app.GivenCategoryAsync("Fitness");
        var article = await app.GivenArticleAsync(title: "Hanging Around", body: "Inversion **helps** some backs.", category: category);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        Assert.Equal("Hanging Around", page.Text("h1"));
        Assert.Equal($"/categories/{category.Slug}", page.QuerySelector("ul.tags a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".byline time[datetime]"));
        Assert.Contains("<strong>helps</strong>", page.QuerySelector("[data-test=article-body]")!.InnerHtml);
        Assert.Equal("0 comments on “Hanging Around”", page.Text("#comments-heading"));
    }

    [Fact]
    public async Task Read_SignedIn_ShowsTheReadersOwnFavoriteAndUnreadCount()
    {
        var article = await app.GivenArticleAsync(title: "Viewer facts");
        var reader = await app.GivenMemberAsync();
        var other = await app.GivenMemberAsync();
        await app.WithDbAsync(db =>
        {
            db.Favorites.Add(new Favorite { MemberId = reader.Id, Kind = "article", TargetId = article.Id, CreatedAtUtc = app.Now });
            db.Notifications.AddRange(
                new Notification { RecipientId = reader.Id, Link = "/", CreatedAtUtc = app.Now },
                new Notification { RecipientId = reader.Id, Link = "/", CreatedAtUtc = app.Now },
                new Notification { RecipientId = reader.Id, Link = "/", CreatedAtUtc = app.Now, ReadAtUtc = app.Now });
            return db.SaveChangesAsync();
        });

        var readers = await app.CreateClient(reader).GetDocumentAsync($"/articles/{article.Slug}");
        var others = await app.CreateClient(other).GetDocumentAsync($"/articles/{article.Slug}");

        Assert.Equal("Remove from favorites", readers.Text(".favorite-form button"));
        Assert.Equal("2", readers.Text("[data-test=notifications-link] .count"));
        Assert.Equal("Add to favorites", others.Text(".favorite-form button"));
        Assert.Null(others.QuerySelector("[data-test=notifications-link] .count"));
    }

    [Fact]
    public async Task Read_Article_HasCanonicalAndOpenGraphTags()
    {
        var article = await app.GivenArticleAsync();

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        Assert.EndsWith($"/articles/{article.Slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(article.Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(article.Excerpt, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Read_ScriptInTheBody_IsNeverRendered()
    {
        var article = await app.GivenArticleAsync(body: "Hello <script>alert('x')</script><img src=x onerror=alert(1)> [link](javascript:alert(1))");

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/articles/{article.Slug}");

        var body = page.QuerySelector("[data-test=article-body]")!.InnerHtml;
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onerror", body);
        Assert.DoesNotContain("javascript:", body);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("%E2%9C%93-weird")]
    [InlineData("a%2F..%2Fadmin")]
    public async Task Read_UnknownSlug_Is404(string slug)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync($"/articles/{slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Read_Draft_Is404()
    {
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);

        var response = await app.CreateClient(signedInAs: null).GetAsync($"/articles/{draft.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string?, Visibility, bool> Readers => new()
    {
        { null, Visibility.Public, true },
        { null, Visibility.Members, false },
        { null, Visibility.Premium, false },
        { "member", Visibility.Public, true },
        { "member", Visibility.Members, true },
        { "member", Visibility.Premium, false },
        { "editor", Visibility.Premium, true },
        { "admin", Visibility.Members, true },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Read_ByVisibility_ShowsTheBodyOnlyToThoseWithAccess(string? role, Visibility visibility, bool seesBody)
    {
        var reader = role is null ? null : await app.GivenUserAsync(role);
        var article = await app.GivenArticleAsync(visibility);

        var page = await app.CreateClient(reader).GetDocumentAsync($"/articles/{article.Slug}");
        var html = page.DocumentElement.OuterHtml;

        Assert.Contains("Opening paragraph", html);
        Assert.Equal(seesBody, html.Contains("The members-only part", StringComparison.Ordinal));
        Assert.Equal(seesBody, page.QuerySelector("[data-test=article-body]") is not null);
        if (!seesBody)
        {
            Assert.NotNull(page.QuerySelector(reader is null ? "[data-test=join-prompt]" : "[data-test=upgrade-prompt]"));
        }
    }

    [Fact]
    public async Task Articles_ListsLiveArticlesNewestFirst()
    {
        // Both newer than the other tests' articles (published an hour ago), so both are on the first page however many there are.
        var older = await app.GivenArticleAsync(publishedAtUtc: app.Now.AddMinutes(-10));
        var newer = await app.GivenArticleAsync(publishedAtUtc: app.Now.AddMinutes(-5));

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/articles");

        var titles = page.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.True(titles.IndexOf(newer.Title) < titles.IndexOf(older.Title));
    }
}
