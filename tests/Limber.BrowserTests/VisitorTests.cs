using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class VisitorTests(BrowserFixture app)
{
    private const string Flagship = "Back Pain: Have You Tried Inversion Therapy?";

    [Fact]
    public async Task Visitor_ReadsTheDemoArticle_FollowsACategory_AndSearches()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("20 minutes a day");
        await BrowserFixture.ScreenshotAsync(page, "home-wide");

        await page.GetByRole(AriaRole.Link, new() { Name = Flagship }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/articles/back-pain-have-you-tried-inversion-therapy");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Flagship);
        await Expect(page.Locator("[data-test=article-body]")).ToContainTextAsync("glaucoma", new() { IgnoreCase = true });
        await BrowserFixture.ScreenshotAsync(page, "article-wide");

        await page.GetByRole(AriaRole.List, new() { Name = "Categories" }).GetByRole(AriaRole.Link, new() { Name = "Health" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Health");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Flagship })).ToBeVisibleAsync();

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" });
        await search.FillAsync("inverted");
        await search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=inverted"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("match");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Flagship })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Visitor_OnAPhone_SeesTheArticleWithoutSidewaysScrolling()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "home-phone");
        await page.GotoAsync("/articles/back-pain-have-you-tried-inversion-therapy");
        await BrowserFixture.ScreenshotAsync(page, "article-phone");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

        Assert.False(overflow, "The article page scrolls sideways on a 390px-wide phone.");
    }

    [Fact]
    public async Task Visitor_OpeningPremiumArticle_SeesTheTeaserAndJoin()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/articles/the-inversion-table-progression-plan-members-guide");

        await Expect(page.Locator("[data-test=join-prompt]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-test=article-body]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Join", Exact = true }).Last).ToBeVisibleAsync();
    }
}
