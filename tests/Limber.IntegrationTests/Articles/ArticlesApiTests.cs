using System.Net;
using System.Text.Json;
using Limber.Features.Articles;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Articles;

public sealed class ArticlesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task List_IsPagedWithCamelCaseNamesAndStringEnums()
    {
        var category = await app.GivenCategoryAsync();
        var article = await app.GivenArticleAsync(Visibility.Premium, category: category, publishedAtUtc: app.Now.AddSeconds(-1));

        var response = await app.CreateClient(signedInAs: null).GetAsync("/api/v1/articles?page=1&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(5, json.GetProperty("pageSize").GetInt32());
        Assert.True(json.GetProperty("total").GetInt32() >= 1);
        var first = json.GetProperty("items")[0];
        Assert.Equal(article.Slug, first.GetProperty("slug").GetString());
        Assert.Equal("premium", first.GetProperty("visibility").GetString());
        Assert.Equal(category.Slug, first.GetProperty("categories")[0].GetProperty("slug").GetString());
        Assert.EndsWith("Z", first.GetProperty("publishedAt").GetString());
        Assert.False(first.TryGetProperty("bodyHtml", out _));
    }

    [Fact]
    public async Task List_LeavesOutDrafts()
    {
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);

        var json = await JsonAsync(await app.CreateClient(signedInAs: null).GetAsync("/api/v1/articles?pageSize=100"));

        Assert.DoesNotContain(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == draft.Slug);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    [InlineData("pageSize=1e3", "pageSize")]
    public async Task List_MalformedPaging_IsAValidationProblemNamingTheField(string query, string field)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync($"/api/v1/articles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var json = await JsonAsync(response);
        Assert.True(json.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Get_PublicArticle_HasTheRenderedBody()
    {
        var article = await app.GivenArticleAsync(body: "Some **bold** advice.");

        var json = await JsonAsync(await app.CreateClient(signedInAs: null).GetAsync($"/api/v1/articles/{article.Slug}"));

        Assert.Equal(article.Title, json.GetProperty("title").GetString());
        Assert.Contains("<strong>bold</strong>", json.GetProperty("bodyHtml").GetString());
        Assert.False(json.GetProperty("bodyIsTeaser").GetBoolean());
    }

    [Fact]
    public async Task Get_PremiumArticleAnonymously_SendsOnlyTheTeaser()
    {
        var article = await app.GivenArticleAsync(Visibility.Premium);

        var json = await JsonAsync(await app.CreateClient(signedInAs: null).GetAsync($"/api/v1/articles/{article.Slug}"));

        Assert.True(json.GetProperty("bodyIsTeaser").GetBoolean());
        Assert.DoesNotContain("The members-only part", json.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task Get_UnknownOrDraft_Is404ProblemDetails()
    {
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);
        var client = app.CreateClient(signedInAs: null);

        foreach (var slug in new[] { "nothing-here", draft.Slug })
        {
            var response = await client.GetAsync($"/api/v1/articles/{slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetailsNotAnHtmlPage()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/api/v1/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
