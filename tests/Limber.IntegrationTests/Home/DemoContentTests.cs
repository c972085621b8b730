using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Home;

/// <summary>A fresh install with demo content on, as `dotnet run` starts it.</summary>
public sealed class DemoContentTests(DemoContentTests.Factory app) : IClassFixture<DemoContentTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:DemoContent", "true")];
    }

    [Fact]
    public async Task FreshSite_HasTheFlagshipArticleInFitnessAndHealth_WithItsTwelveComments()
    {
        var client = app.CreateClient(signedInAs: null);

        var page = await client.GetDocumentAsync("/articles/back-pain-have-you-tried-inversion-therapy");

        Assert.Equal(["Fitness", "Health"], page.QuerySelectorAll("ul.tags a").Select(a => a.TextContent.Trim()));
        Assert.Equal("12 comments on “Back Pain: Have You Tried Inversion Therapy?”", page.Text("#comments-heading"));
        var comments = page.QuerySelectorAll("[data-test=comment]");
        Assert.Equal(12, comments.Length);
        Assert.Equal(2, comments.Count(c => !c.ClassName!.Contains("depth-0", StringComparison.Ordinal)));
        Assert.Contains(comments, c => c.QuerySelector(".comment-author")!.TextContent.Trim() == "Private"
            && c.QuerySelector(".comment-location")?.TextContent.Trim() == "| Jura, France");
        Assert.Contains(comments, c => c.QuerySelector(".comment-body")!.TextContent.Contains("🙌", StringComparison.Ordinal));
        Assert.True(comments.Count(c => c.QuerySelector(".comment-location") is not null) >= 4);
    }

    [Fact]
    public async Task FreshSite_HasAPremiumArticleShowingItsTeaser()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/articles/the-inversion-table-progression-plan-members-guide");

        Assert.NotNull(page.QuerySelector("[data-test=join-prompt]"));
        Assert.NotNull(page.QuerySelector("[data-test=article-teaser]"));
    }
}
