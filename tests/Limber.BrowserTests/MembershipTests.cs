using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class MembershipTests(BrowserFixture app)
{
    private const string PremiumArticle = "/articles/the-inversion-table-progression-plan-members-guide";
    private const string Password = "premium reader passphrase";

    [Fact]
    public async Task Visitor_SeesTheTeaser_Joins_PaysInTheDemoCheckout_ReadsIt_ThenCancelsAndKeepsAccess()
    {
        var email = $"premium-{Guid.NewGuid():N}@example.com";
        var page = await app.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(PremiumArticle);
        await Expect(page.Locator("[data-test=article-teaser]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-test=article-body]")).ToHaveCountAsync(0);

        await page.Locator("[data-test=join-prompt]").GetByRole(AriaRole.Link, new() { Name = "Join", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Join Premium" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/register"));
        await page.GetByLabel("Display name").FillAsync("Petra Premium");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "log in" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/join"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Upgrade to Premium" }).ClickAsync();
        await Expect(page.GetByText("This is a demo: no money is taken.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "demo-checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete demo payment" }).ClickAsync();
        await Expect(page.Locator("[data-test=plan]")).ToHaveTextAsync("Premium");

        await page.GotoAsync(PremiumArticle);
        await Expect(page.Locator("[data-test=article-body]")).ToBeVisibleAsync();

        await page.GotoAsync("/account/membership");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel membership" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You keep Premium until");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume membership" })).ToBeVisibleAsync();
        await page.GotoAsync(PremiumArticle);
        await Expect(page.Locator("[data-test=article-body]")).ToBeVisibleAsync();
    }
}
