using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Home;

/// <summary>Every list pages the same way; "page" is a reserved word in Razor Pages, so this guards the binding.</summary>
public sealed class PagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ArticlesAndCategoryAndSearch_SecondPage_ShowsOlderArticles()
    {
        var category = await app.GivenCategoryAsync();
        var oldest = await app.GivenArticleAsync(title: "Oldest pagedyak", category: category, publishedAtUtc: app.Now.AddYears(-5));
        for (var i = 0; i < Features.Articles.IndexModel.PageSize; i++)
        {
            await app.GivenArticleAsync(title: $"Newer pagedyak {i}", category: category, publishedAtUtc: app.Now.AddDays(-i - 1));
        }
        var client = app.CreateClient(signedInAs: null);

        foreach (var list in new[] { "/articles", $"/categories/{category.Slug}" })
        {
            Assert.DoesNotContain(oldest.Title, (await client.GetDocumentAsync(list)).DocumentElement.TextContent);
            Assert.Contains(oldest.Title, (await client.GetDocumentAsync(list + "?page=2")).DocumentElement.TextContent);
        }
        var searchPage2 = await client.GetDocumentAsync("/search?q=pagedyak&page=2");
        Assert.Equal("Page 2 of 2", searchPage2.Text("nav.pager span"));
    }
}
