using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class WorkoutTests(BrowserFixture app)
{
    private const string Password = "workout member passphrase";

    [Fact]
    public async Task Member_PlaysAShortWorkout_PausesResumesFinishes_LogsIt_AndKeepsItInFavorites()
    {
        var email = $"mover-{Guid.NewGuid():N}@example.com";
        var slug = $"quick-test-{Guid.NewGuid():N}"[..20];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Mo Mover" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var workout = new Workout { Slug = slug, Title = "Three-second test", Summary = "Very short.", DescriptionHtml = "<p>Short.</p>", Published = true, FocusAreas = "core" };
            workout.Intervals.Add(new WorkoutInterval { WorkoutId = workout.Id, Position = 0, Exercise = "Plank", WorkSeconds = 3, RestSeconds = 1, Rounds = 1 });
            workout.Intervals.Add(new WorkoutInterval { WorkoutId = workout.Id, Position = 1, Exercise = "Squat", WorkSeconds = 2, RestSeconds = 0, Rounds = 1 });
            workout.DurationSeconds = Workout.TotalSeconds(workout.Intervals);
            db.Workouts.Add(workout);
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync($"/account/login?returnUrl=/workouts/{slug}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Three-second test" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start workout" }).ClickAsync();
        var time = page.Locator("[data-role=time]");
        await Expect(page.Locator("[data-role=now]")).ToHaveTextAsync("Plank");
        await Expect(page.Locator("[data-role=next]")).ToHaveTextAsync("Rest");
        await Expect(time).ToHaveTextAsync("2", new() { Timeout = 3000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        var paused = await time.TextContentAsync();
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(paused, await time.TextContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "player-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(page.Locator("[data-role=now]")).ToHaveTextAsync("Squat", new() { Timeout = 6000 });
        await Expect(page.Locator("[data-role=phase]")).ToHaveTextAsync("Done!", new() { Timeout = 6000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark complete" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/workouts"));
        await Expect(page.Locator("[data-test=workout-history]")).ToContainTextAsync("Three-second test");
        await Expect(page.Locator("[data-test=streak]")).ToHaveTextAsync("1");

        await page.GotoAsync($"/workouts/{slug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to favorites" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove from favorites" })).ToBeVisibleAsync();
        await page.GotoAsync("/account/favorites");
        await Expect(page.Locator("[data-test=favorites-workouts]")).ToContainTextAsync("Three-second test");
    }
}
