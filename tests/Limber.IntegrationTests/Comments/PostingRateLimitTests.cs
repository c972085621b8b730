using System.Net;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Comments;

/// <summary>The per-address limit on posting (many members behind one address, or one bot with many accounts).</summary>
public sealed class PostingRateLimitTests(PostingRateLimitTests.Factory app) : IClassFixture<PostingRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:RateLimits:PostsPerMinute", "3")];
    }

    [Fact]
    public async Task Posting_FromOneAddressOverTheLimit_Is429WithTheFriendlyPage()
    {
        var article = await app.GivenArticleAsync();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var client = app.CreateClient(await app.GivenMemberAsync());
            var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
            last = await client.SubmitAsync(page.Form("#new-comment"), new Dictionary<string, string> { ["Body"] = $"Comment {i}" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("Slow down a little", (await Html.ParseAsync(last)).Text("h1"));
    }
}
