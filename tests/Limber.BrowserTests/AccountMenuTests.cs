using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

/// <summary>The header's account menu (design.md): opened and used by keyboard alone, and its pages reachable without JavaScript.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccountMenuTests(BrowserFixture app)
{
    private const string Password = "menu member passphrase";

    private static readonly string[] MenuLinks = ["Profile", "Notifications", "Favorites", "Workout log", "Membership"];

    private async Task<string> MemberAsync()
    {
        var email = $"menu-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Mina Menu" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Member);
        return email;
    }

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
    }

    [Fact]
    public async Task AccountMenu_ByKeyboard_OpensGoesToAPageAndClosesWithEscape()
    {
        var page = await app.NewPageAsync();
        await LogInAsync(page, await MemberAsync());
        var account = page.GetByRole(AriaRole.Button, new() { Name = "Account", Exact = true });
        await Expect(account).ToHaveAttributeAsync("aria-expanded", "false");

        await account.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(account).ToHaveAttributeAsync("aria-expanded", "true");
        var menu = page.Locator("#account-menu-list");
        foreach (var name in MenuLinks)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "account-menu-open");

        await page.Keyboard.PressAsync("Escape");
        await Expect(account).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(account).ToBeFocusedAsync();
        await Expect(menu).ToBeHiddenAsync();

        // Open again and walk to "Favorites" with Tab: the first link has the focus once the menu opens.
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Overview" })).ToBeFocusedAsync();
        var favorites = menu.GetByRole(AriaRole.Link, new() { Name = "Favorites", Exact = true });
        for (var i = 0; i < 5 && !await favorites.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(favorites).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/account/favorites$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your favorites" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AccountMenu_WithoutJavaScript_IsALinkToTheOverviewListingEveryPage()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await LogInAsync(page, await MemberAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        var pages = page.GetByRole(AriaRole.Region, new() { Name = "Your pages" });
        foreach (var name in MenuLinks)
        {
            await Expect(pages.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This week" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Membership" })).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
