using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

/// <summary>
/// The safety self-check really gates inverting: a "Yes" hides the timer, the doctor's clearance opens
/// it, and a shortened session runs to its end and is logged (design.md, Back care).
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class BackCareTests(BrowserFixture app)
{
    private const string Password = "back care member passphrase";

    [Fact]
    public async Task AYes_HidesTheTimer_ClearanceOpensIt_AndAShortSessionIsLogged()
    {
        var email = $"invert-{Guid.NewGuid():N}@example.com";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ivy Inverter" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Member);
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=/back-care/self-check");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Safety self-check" })).ToBeVisibleAsync();

        foreach (var question in new[] { "High blood pressure", "Heart disease", "Glaucoma or another eye-pressure condition", "Pregnancy", "Recent surgery or injury", "Osteoporosis" })
        {
            var answer = question == "High blood pressure" ? "Yes" : "No";
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save self-check" }).ClickAsync();
        await Expect(page.Locator("[data-test=self-check-warning]")).ToContainTextAsync("High blood pressure");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "self-check-yes-wide");

        await page.GotoAsync("/back-care/inversion");
        await Expect(page.Locator("[data-test=inversion-closed]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-test=inversion-timer]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log session" })).ToHaveCountAsync(0);

        await page.GotoAsync("/back-care/self-check");
        await page.GetByLabel("My doctor has cleared me to invert").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save self-check" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Start an inversion session" })).ToBeVisibleAsync();

        // Every step one second long: the whole plan runs in a few seconds.
        await page.GotoAsync("/back-care/inversion?stepSeconds=1");
        await page.GetByLabel("Pain before").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-role=step]")).ToHaveTextAsync(new Regex("Session done"), new() { Timeout = 15_000 });
        await Expect(page.GetByLabel("Pain after")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Minutes")).ToHaveValueAsync("2");
        await Expect(page.GetByLabel("Angle (degrees)")).ToHaveValueAsync("20");
        await page.GetByLabel("Pain after").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log session" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged 2 min at 20°");
        await Expect(page.Locator("[data-test=recent-sessions]")).ToContainTextAsync("5 → 3");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "inversion-wide");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, "inversion-phone");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "inversion-phone-dark");
        await page.GotoAsync("/back-care/self-check");
        await BrowserFixture.ScreenshotAsync(page, "self-check-phone-dark");

        // The other tools, each at both widths and in both schemes, with no serious axe violation.
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/back-care/pain");
        await page.GetByRole(AriaRole.Group, new() { Name = "Area" }).GetByLabel("Lower back").CheckAsync();
        await page.GetByLabel("Pain (0–10)").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log pain" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        foreach (var (path, name) in new[] { ("/back-care", "back-care"), ("/back-care/pain", "pain"), ("/back-care/insights", "insights") })
        {
            foreach (var (width, dark) in new[] { (1280, false), (390, false), (390, true) })
            {
                await page.SetViewportSizeAsync(width, 844);
                await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
                await page.GotoAsync(path);
                await Expect(page.Locator("[data-test=disclaimer]")).ToBeVisibleAsync();
                await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
                await BrowserFixture.ScreenshotAsync(page, $"{name}-{(width == 1280 ? "wide" : "phone")}{(dark ? "-dark" : "")}");
            }
        }
    }
}
