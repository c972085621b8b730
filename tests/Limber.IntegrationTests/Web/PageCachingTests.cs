using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Web;

/// <summary>
/// Public pages are cached for anonymous readers, and every change that shows on them evicts them
/// at once. "Cached" is proven by a change made straight in the database (past the evictions),
/// which a cached page does not show.
/// </summary>
public sealed class PageCachingTests(PageCachingTests.Factory app) : IClassFixture<PageCachingTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Limber:PageCache:Enabled", "true"), new("Limber:RateLimits:PostsPerMinute", "1000")];
    }

    private Task<string> AnonymousAsync(string path) => app.CreateClient(signedInAs: null).GetStringAsync(path);

    private Task<int> RenameArticleBehindTheCacheAsync(Guid id, string title) =>
        app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, title)));

    [Fact]
    public async Task ArticlePage_IsCachedForAnonymousReaders_ButNeverForSignedInOnes()
    {
        var article = await app.GivenArticleAsync(title: "Cached original");
        Assert.Contains("Cached original", await AnonymousAsync($"/articles/{article.Slug}"));

        await RenameArticleBehindTheCacheAsync(article.Id, "Changed behind the cache");

        Assert.Contains("Cached original", await AnonymousAsync($"/articles/{article.Slug}"));
        Assert.Contains("Changed behind the cache", await app.CreateClient(await app.GivenMemberAsync()).GetStringAsync($"/articles/{article.Slug}"));
    }

    [Fact]
    public async Task CachedPage_IsKeptPerEncoding_SoEveryClientGetsWhatItAccepts()
    {
        var article = await app.GivenArticleAsync(title: "Squeezed original");
        var path = $"/articles/{article.Slug}";
        var client = app.CreateClient(signedInAs: null);
        async Task<(string? Encoding, string Html)> GetAsync(string? acceptEncoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }
            using var response = await client.SendAsync(request);
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = encoding switch
            {
                "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
                _ => body,
            };
            return (encoding, await new StreamReader(decoded).ReadToEndAsync());
        }
        Assert.Equal("br", (await GetAsync("gzip, deflate, br")).Encoding);
        Assert.Equal("gzip", (await GetAsync("gzip")).Encoding);
        Assert.Null((await GetAsync(null)).Encoding);

        await RenameArticleBehindTheCacheAsync(article.Id, "Changed behind the cache");

        foreach (var (accept, expected) in new[] { ("gzip, deflate, br", "br"), ("gzip", "gzip"), (null, null) })
        {
            var (encoding, html) = await GetAsync(accept);
            Assert.Equal(expected, encoding);
            Assert.Contains("Squeezed original", html);
        }
    }

    [Fact]
    public async Task NewEditedModeratedAndDeletedComments_ShowAtOnce()
    {
        var article = await app.GivenArticleAsync();
        Assert.Contains("0 comments", await AnonymousAsync($"/articles/{article.Slug}"));
        var author = await app.GivenMemberAsync();
        var client = app.CreateClient(author);

        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
        var posted = await client.SubmitAsync(page.Form("#new-comment"), new Dictionary<string, string> { ["Body"] = "Fresh words" });
        var id = posted.Location()!.Split("#comment-")[1];
        Assert.Contains("Fresh words", await AnonymousAsync($"/articles/{article.Slug}"));

        var edit = (await client.GetDocumentAsync($"/articles/{article.Slug}?edit={id}")).Form($"#comment-{id} form");
        await client.SubmitAsync(edit, new Dictionary<string, string> { ["Body"] = "Edited words" });
        Assert.Contains("Edited words", await AnonymousAsync($"/articles/{article.Slug}"));

        var moderator = app.CreateClient(await app.GivenUserAsync(Roles.Moderator));
        var queue = await moderator.GetDocumentAsync("/admin/comments?state=all");
        var item = queue.QuerySelectorAll("[data-test=moderation-item]").Single(i => i.InnerHtml.Contains(id, StringComparison.Ordinal));
        await moderator.SubmitAsync(item.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.TextContent.Trim() == "Mark as spam"));
        Assert.DoesNotContain("Edited words", await AnonymousAsync($"/articles/{article.Slug}"));

        var second = await client.SubmitAsync((await client.GetDocumentAsync($"/articles/{article.Slug}")).Form("#new-comment"),
            new Dictionary<string, string> { ["Body"] = "Soon deleted" });
        var secondId = second.Location()!.Split("#comment-")[1];
        Assert.Contains("Soon deleted", await AnonymousAsync($"/articles/{article.Slug}"));
        await client.SubmitAsync((await client.GetDocumentAsync($"/articles/{article.Slug}")).Form($"#comment-{secondId} form[action*='DeleteComment']"));
        Assert.DoesNotContain("Soon deleted", await AnonymousAsync($"/articles/{article.Slug}"));
    }

    [Fact]
    public async Task EditedArticle_ShowsAtOnceOnItsPageAndTheLists()
    {
        var category = await app.GivenCategoryAsync();
        var article = await app.GivenArticleAsync(title: "Before the edit", category: category);
        Assert.Contains("Before the edit", await AnonymousAsync($"/articles/{article.Slug}"));
        Assert.Contains("Before the edit", await AnonymousAsync("/"));
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync($"/admin/articles/edit/{article.Id}")).Form("form.editor");

        await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "After the edit", ["Input.Slug"] = article.Slug }, form.Button("Update"));

        Assert.Contains("After the edit", await AnonymousAsync($"/articles/{article.Slug}"));
        Assert.Contains("After the edit", await AnonymousAsync("/"));
        Assert.Contains("After the edit", await AnonymousAsync("/feed.xml"));
    }

    [Fact]
    public async Task SettingsChange_ShowsAtOnce()
    {
        var article = await app.GivenArticleAsync();
        Assert.Contains("You must be logged in to add a comment", await AnonymousAsync($"/articles/{article.Slug}"));
        var admin = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var form = (await admin.GetDocumentAsync("/admin/settings")).Form();

        await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.CommentsEnabled"] = "false" });
        try
        {
            Assert.Contains("Comments are closed for this article.", await AnonymousAsync($"/articles/{article.Slug}"));
        }
        finally
        {
            await admin.SubmitAsync((await admin.GetDocumentAsync("/admin/settings")).Form(), new Dictionary<string, string> { ["Input.CommentsEnabled"] = "true" });
        }
    }

    [Fact]
    public async Task MemberGoingPrivate_DisappearsFromCachedPagesAtOnce()
    {
        var article = await app.GivenArticleAsync();
        var member = await app.GivenMemberAsync(name: "Soon Hidden Hana");
        await app.GivenCommentAsync(article, member);
        Assert.Contains("Soon Hidden Hana", await AnonymousAsync($"/articles/{article.Slug}"));
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]");

        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.ShowNamePublicly"] = "false" });

        Assert.DoesNotContain("Soon Hidden Hana", await AnonymousAsync($"/articles/{article.Slug}"));
    }
}
