using System.Net;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Categories;

public sealed class CategoryPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Category_ListsOnlyItsArticles()
    {
        var health = await app.GivenCategoryAsync("Health");
        var inside = await app.GivenArticleAsync(category: health);
        var outside = await app.GivenArticleAsync();

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/categories/{health.Slug}");

        Assert.Equal("Health", page.Text("h1"));
        var titles = page.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains(inside.Title, titles);
        Assert.DoesNotContain(outside.Title, titles);
    }

    [Fact]
    public async Task Category_Unknown_Is404()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/categories/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
