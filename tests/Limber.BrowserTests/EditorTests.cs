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
        // Said once: "not saved" above the form, the reason under the field.
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Not saved: please fix the fields marked below.");
        await Expect(page.GetByText("Choose at least one category before publishing.")).ToHaveCountAsync(1);
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

    [Fact]
    public async Task Editor_ChoosesAFeaturedImage_Previews_InsertsAPictureAtTheCursor_AndPublishesBothWithTheirAltText()
    {
        var title = $"Wall angels, step by step {Guid.NewGuid().ToString("N")[..5]}";
        var page = await app.NewPageAsync();
        var picture = await page.ScreenshotAsync(); // any real PNG will do
        await page.GotoAsync("/account/login?returnUrl=/admin/articles/edit");
        await page.GetByLabel("Email").FillAsync(app.EditorEmail);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Body (Markdown)").FillAsync("Stand tall.\nSlide your arms up.");
        await page.GetByLabel("Health").CheckAsync();
        await page.GetByLabel("Featured image", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "angels.png", MimeType = "image/png", Buffer = picture });
        await page.GetByLabel("Image description (alt text)").FillAsync("Arms raised against a wall");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Arms raised against a wall" })).ToBeVisibleAsync();

        // The cursor after "Stand tall.": the script tells the server where to put the picture.
        await page.GetByLabel("Body (Markdown)").EvaluateAsync("t => { t.focus(); t.setSelectionRange(11, 11); }");
        await page.GetByLabel("Picture to insert").SetInputFilesAsync(new FilePayload { Name = "side.png", MimeType = "image/png", Buffer = picture });
        await page.GetByLabel("Picture description (alt text)").FillAsync("Side view of a wall angel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert image" }).ClickAsync();
        await Expect(page.Locator("form.editor").GetByRole(AriaRole.Status)).ToHaveTextAsync("Image inserted into the body. Save to keep it.");
        await Expect(page.GetByLabel("Body (Markdown)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
            @"^Stand tall\.\n\n!\[Side view of a wall angel\]\(/uploads/images/[0-9a-f]{32}\.jpg\)\n\nSlide your arms up\.$"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Chosen featured image (saved with the article)" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "editor-images");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published.");
        await page.GetByRole(AriaRole.Link, new() { Name = "View the article" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Arms raised against a wall" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Side view of a wall angel" })).ToBeVisibleAsync();
    }
}
