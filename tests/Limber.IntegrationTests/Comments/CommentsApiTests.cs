using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Comments;

public sealed class CommentsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        if (withToken)
        {
            request.Headers.Add("X-CSRF-TOKEN", await TokenAsync(client));
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task GetThread_IsNestedJson()
    {
        var article = await app.GivenArticleAsync();
        var parent = await app.GivenCommentAsync(article, await app.GivenMemberAsync(name: "Json Jo"), body: "Top <b>level</b>");
        var reply = await app.GivenCommentAsync(article, await app.GivenMemberAsync(), parent, "Nested");

        var json = await app.CreateClient(signedInAs: null).GetFromJsonAsync<JsonElement>($"/api/v1/articles/{article.Slug}/comments");

        Assert.Equal(2, json.GetProperty("count").GetInt32());
        var top = json.GetProperty("items")[0];
        Assert.Equal(parent.Id.ToString(), top.GetProperty("id").GetString());
        Assert.Equal("Json Jo", top.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Top <b>level</b>", top.GetProperty("body").GetString());
        Assert.Equal("<p>Top &lt;b&gt;level&lt;/b&gt;</p>", top.GetProperty("bodyHtml").GetString());
        Assert.Equal(reply.Id.ToString(), top.GetProperty("replies")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetThread_UnknownArticleOrBadPage_IsProblemDetails()
    {
        var client = app.CreateClient(signedInAs: null);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/articles/nope/comments")).StatusCode);
        var article = await app.GivenArticleAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/articles/{article.Slug}/comments?page=zero")).StatusCode);
    }

    [Fact]
    public async Task PostReplyEditDelete_ByTheAuthor_Work()
    {
        var article = await app.GivenArticleAsync();
        var member = app.CreateClient(await app.GivenMemberAsync());

        var posted = await SendAsync(member, HttpMethod.Post, $"/api/v1/articles/{article.Slug}/comments", """{"body":"From the API 🚀"}""");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var replied = await SendAsync(member, HttpMethod.Post, $"/api/v1/comments/{id}/replies", """{"body":"And a reply"}""");
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(member, HttpMethod.Patch, $"/api/v1/comments/{id}", """{"body":"Edited via API"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(member, HttpMethod.Delete, $"/api/v1/comments/{id}")).StatusCode);

        var thread = await member.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{article.Slug}/comments");
        Assert.Equal("This comment was deleted.", thread.GetProperty("items")[0].GetProperty("placeholder").GetString());
        Assert.Equal("And a reply", thread.GetProperty("items")[0].GetProperty("replies")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Write_Anonymous_Is401_WithoutToken_Is400_SomeoneElses_Is404()
    {
        var article = await app.GivenArticleAsync();
        var comment = await app.GivenCommentAsync(article, await app.GivenMemberAsync());
        var other = app.CreateClient(await app.GivenMemberAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).PostAsJsonAsync($"/api/v1/articles/{article.Slug}/comments", new { body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(other, HttpMethod.Post, $"/api/v1/articles/{article.Slug}/comments", """{"body":"x"}""", withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, HttpMethod.Patch, $"/api/v1/comments/{comment.Id}", """{"body":"mine now"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, HttpMethod.Delete, $"/api/v1/comments/{comment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, HttpMethod.Post, $"/api/v1/comments/{Guid.NewGuid()}/replies", """{"body":"x"}""")).StatusCode);
    }

    [Theory]
    [InlineData("""{"body":""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"body": 42}""", HttpStatusCode.BadRequest)]
    [InlineData("""not json""", HttpStatusCode.BadRequest)]
    public async Task Post_Malformed_IsABadRequest(string json, HttpStatusCode expected)
    {
        var article = await app.GivenArticleAsync();
        var member = app.CreateClient(await app.GivenMemberAsync());

        var response = await SendAsync(member, HttpMethod.Post, $"/api/v1/articles/{article.Slug}/comments", json);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task MyNotifications_ListsReplies()
    {
        var article = await app.GivenArticleAsync();
        var author = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, author);
        await SendAsync(app.CreateClient(await app.GivenMemberAsync(name: "Replier Rae")), HttpMethod.Post, $"/api/v1/comments/{parent.Id}/replies", """{"body":"Ping"}""");

        var list = (await app.CreateClient(author).GetFromJsonAsync<JsonElement>("/api/v1/me/notifications")).GetProperty("items");

        Assert.Equal("Replier Rae", list[0].GetProperty("actorName").GetString());
        Assert.False(list[0].GetProperty("read").GetBoolean());
    }
}
