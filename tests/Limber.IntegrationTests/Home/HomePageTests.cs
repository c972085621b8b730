using Limber.Features.Articles;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Home;

public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_ListsLiveArticles_AndHidesDraftsAndScheduled()
    {
        var live = await app.GivenArticleAsync();
        var draft = await app.GivenArticleAsync(state: ArticleState.Draft);
        var scheduled = await app.GivenArticleAsync(state: ArticleState.Scheduled);

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/");

        var titles = page.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains(live.Title, titles);
        Assert.DoesNotContain(draft.Title, titles);
        Assert.DoesNotContain(scheduled.Title, titles);
        Assert.NotNull(page.QuerySelector("a[href='/join']"));
    }

    [Fact]
    public async Task Home_ScheduledArticle_AppearsOnceItsTimeComes()
    {
        var scheduled = await app.GivenArticleAsync(state: ArticleState.Scheduled, publishedAtUtc: app.Now.AddHours(2));
        var client = app.CreateClient(signedInAs: null);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{scheduled.Slug}")).StatusCode);

        // The other tests in this class place their articles relative to the clock, so moving it on is harmless.
        app.Clock.Advance(TimeSpan.FromHours(3));

        var page = await client.GetDocumentAsync($"/articles/{scheduled.Slug}");
        Assert.Equal(scheduled.Title, page.Text("h1"));
    }

    [Theory]
    [InlineData("?page=abc")]
    [InlineData("?page=-4")]
    [InlineData("?page=99999999999999")]
    [InlineData("?page=%00")]
    public async Task Home_MalformedPageNumber_ShowsTheFirstPage(string query)
    {
        await app.GivenArticleAsync();

        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/" + query);

        Assert.NotEmpty(page.QuerySelectorAll(".card"));
    }

    [Fact]
    public async Task Home_ManyArticles_Paginates()
    {
        for (var i = 0; i < Features.Home.IndexModel.PageSize + 1; i++)
        {
            await app.GivenArticleAsync(publishedAtUtc: app.Now.AddDays(-30 - i));
        }
        var client = app.CreateClient(signedInAs: null);

        var first = await client.GetDocumentAsync("/");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.Equal(Features.Home.IndexModel.PageSize, first.QuerySelectorAll(".card").Length);
        Assert.NotEmpty(second.QuerySelectorAll(".card"));
        Assert.Null(second.QuerySelector(".hero"));
    }
}
