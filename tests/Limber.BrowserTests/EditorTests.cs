using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class EditorTests(BrowserFixture app)
{
    [Fact]
    public async Task Editor_LogsIn_WritesAndPublishes_AndTheArticleIsOnTheHomePageAndInTheFeed()
    {
        var title = $"Morning mobility in five moves {Guid.NewGuid().ToString("N")[..5]}";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        await page.GetByLabel("Email").FillAsync(app.EditorEmail);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Write an article" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Body (Markdown)").FillAsync("Start slow.\n\n## The moves\n\n- Cat-cow\n- Hip circles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose at least one category");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(title);

        await page.GetByLabel("Health").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published.");
        await BrowserFixture.ScreenshotAsync(page, "editor-published");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        var feed = await page.APIRequest.GetAsync("/feed.xml");
        Assert.Contains(title, await feed.TextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The moves" })).ToBeVisibleAsync();
    }
}
