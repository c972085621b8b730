using Limber.Features.Articles;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Search;

/// <summary>Full-text search runs on FTS5 (SQLite) or tsvector (PostgreSQL): the same tests pass on both.</summary>
public sealed class SearchingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<List<string>> SearchAsync(string query)
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");
        return [.. page.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim())];
    }

    [Fact]
    public async Task Search_WordInTheBody_FindsTheArticle()
    {
        var article = await app.GivenArticleAsync(body: "Gravity boots are for the brave zeppelinwhisker.");

        Assert.Contains(article.Title, await SearchAsync("zeppelinwhisker"));
    }

    [Fact]
    public async Task Search_OtherFormOfTheWord_FindsTheArticle()
    {
        var article = await app.GivenArticleAsync(title: "Gentle quokkastretches for the morning");

        Assert.Contains(article.Title, await SearchAsync("quokkastretch"));
    }

    [Fact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        var inBody = await app.GivenArticleAsync(title: "Something else entirely", body: "A word about the marmotplank here.");
        var inTitle = await app.GivenArticleAsync(title: "The marmotplank explained", body: "Nothing more to say.");

        var results = await SearchAsync("marmotplank");

        Assert.True(results.IndexOf(inTitle.Title) < results.IndexOf(inBody.Title), string.Join(" | ", results));
    }

    [Fact]
    public async Task Search_DraftsAndScheduled_AreNotFound()
    {
        await app.GivenArticleAsync(state: ArticleState.Draft, body: "The hidden wombatcurl.");
        await app.GivenArticleAsync(state: ArticleState.Scheduled, body: "The future wombatcurl.");

        Assert.Empty(await SearchAsync("wombatcurl"));
    }

    [Fact]
    public async Task Search_EditedArticle_FindsTheNewWordsOnly()
    {
        var article = await app.GivenArticleAsync(body: "Old text about the oldnarwhal.");
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.FindAsync(article.Id);
            stored!.BodyMarkdown = "New text about the newnarwhal.";
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await SearchAsync("oldnarwhal"));
        Assert.Contains(article.Title, await SearchAsync("newnarwhal"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR NOT")]
    [InlineData("*")]
    [InlineData("title:foo) OR (")]
    [InlineData("'; DROP TABLE \"Articles\"; --")]
    [InlineData("ünïcödé 💪")]
    public async Task Search_OddInput_AnswersWithoutError(string query)
    {
        var client = app.CreateClient(signedInAs: null);

        var page = await client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.NotNull(page.QuerySelector("[role=status]"));
    }

    [Fact]
    public async Task Search_VeryLongQuery_IsCutAndStillAnswers()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/search?q=" + new string('a', 5000));

        Assert.Equal(200, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-q")!.Value.Length);
    }

    [Fact]
    public async Task Search_NoQuery_ShowsTheEmptyForm()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/search");

        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Empty(page.QuerySelectorAll(".card"));
    }
}
