using System.Globalization;
using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

/// <summary>
/// A Premium member scales a demo recipe, logs it as a meal in one click, sees the day's totals
/// change, then adds a food found by typing in "Food" (design.md, Recipes and Food journal).
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class RecipeMealTests(BrowserFixture app)
{
    private const string Password = "recipe member passphrase";

    private async Task<string> GivenAPremiumMemberAsync()
    {
        var email = $"cook-{Guid.NewGuid():N}"[..17] + "@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Cora Cook" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Member);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Memberships.Add(new Membership { MemberId = user.Id, Status = MembershipStatus.Active, CurrentPeriodEndUtc = now.AddDays(30) });
        await db.SaveChangesAsync();
        return email;
    }

    private static async Task<double> EnergyAsync(IPage page) =>
        double.Parse((await page.Locator("[data-test=total-energy] [data-test=value]").TextContentAsync())!.Replace(",", ""), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Member_ScalesARecipe_LogsItAsAMeal_AndAddsAFoodBySearching()
    {
        var email = await GivenAPremiumMemberAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=/journal");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/journal$"));
        Assert.Equal(0, await EnergyAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Recipes", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Spinach and feta scramble" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Spinach and feta scramble" })).ToBeVisibleAsync();
        await page.GetByLabel("Servings").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scale" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("servings=2"));
        await Expect(page.Locator("[data-test=ingredients]")).ToContainTextAsync("6 large eggs");
        await Expect(page.Locator("[data-test=ingredients]")).ToContainTextAsync("2 tsp olive oil");
        var perServing = double.Parse(Regex.Match((await page.Locator("[data-test=nutrition] td").First.TextContentAsync())!, @"\d+").Value, CultureInfo.InvariantCulture);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "recipe-wide");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log this meal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/journal/\d{4}-\d{2}-\d{2}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Spinach and feta scramble");
        Assert.InRange(await EnergyAsync(page), perServing - 1, perServing + 1);

        await page.GetByLabel("Food", new() { Exact = true }).PressSequentiallyAsync("butter salt");
        await page.Locator("[data-journal-results] [data-test=food-result]").First.ClickAsync();
        await Expect(page.Locator("[data-journal-chosen]")).ToContainTextAsync("Butter");
        await page.GetByLabel("Amount").FillAsync("1");
        await page.GetByLabel("Unit").SelectOptionAsync(new SelectOptionValue { Label = "1 tbsp (14.2 g)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to journal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Butter");
        // SR28's salted butter: 717 kcal per 100 g, 14.2 g a tablespoon.
        Assert.InRange(await EnergyAsync(page), perServing + 101, perServing + 103);
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "journal-wide");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, "journal-phone");
    }
}
