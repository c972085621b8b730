using System.Text.RegularExpressions;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Features.Schedules;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

/// <summary>
/// A member starts a public schedule, plays today's workout in the player, sees the day ticked on
/// <c>/me/schedule</c> and subscribes to the calendar feed (design.md, Schedules).
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class FollowingAScheduleTests(BrowserFixture app)
{
    private const string Password = "schedule member passphrase";

    private sealed record Plan(string Email, string Slug, string Title, string WorkoutTitle);

    /// <summary>A member, and a published public week whose day 1 is a two-second workout, day 2 a rest day and day 3 a demo workout.</summary>
    private async Task<Plan> GivenAMemberAndAShortPlanAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var plan = new Plan($"follower-{suffix}@example.com", $"two-second-plan-{suffix}", $"Two-second plan {suffix}", $"Two-second stretch {suffix}");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = plan.Email, Email = plan.Email, EmailConfirmed = true, DisplayName = "Fay Follower" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Member);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var workout = new Workout
        {
            Slug = $"two-second-stretch-{suffix}",
            Title = plan.WorkoutTitle,
            Summary = "Very short.",
            DescriptionHtml = "<p>Short.</p>",
            Published = true,
            FocusAreas = "back",
        };
        workout.Intervals.Add(new WorkoutInterval { WorkoutId = workout.Id, Position = 0, Exercise = "Reach up", WorkSeconds = 2, RestSeconds = 0, Rounds = 1 });
        workout.DurationSeconds = Workout.TotalSeconds(workout.Intervals);
        db.Workouts.Add(workout);
        var catCow = db.Workouts.Single(w => w.Slug == "postural-reset-cat-cow");
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var schedule = new Schedule
        {
            Slug = plan.Slug,
            Title = plan.Title,
            Summary = "A tiny week for the browser test.",
            Visibility = Visibility.Public,
            Published = true,
            PublishedAtUtc = now,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            Weeks = 1,
        };
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 0, WorkoutIds = [workout.Id], Note = "Start gently." });
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 1, Note = "Rest: a short walk." });
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 2, WorkoutIds = [catCow.Id] });
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return plan;
    }

    [Fact]
    public async Task Member_StartsASchedule_FinishesTodaysWorkoutInThePlayer_SeesTheDayDone_AndGetsTheCalendarFeed()
    {
        var plan = await GivenAMemberAndAShortPlanAsync();
        // The member's clock is UTC (the profile's default), so their today is UTC's.
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=/schedules");
        await page.GetByLabel("Email").FillAsync(plan.Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Workout schedules" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "schedules-wide");

        await page.GetByRole(AriaRole.Link, new() { Name = plan.Title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = plan.Title })).ToBeVisibleAsync();
        var startDate = page.GetByLabel("Start date");
        await Expect(startDate).ToHaveValueAsync(today);
        await startDate.FillAsync(today);
        await BrowserFixture.ScreenshotAsync(page, "schedule-wide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start this schedule" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/me/schedule$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"You started “{plan.Title}”");
        var todaySection = page.Locator("[data-test=today]");
        await Expect(todaySection.GetByRole(AriaRole.Heading, new() { Name = "Today" })).ToBeVisibleAsync();
        await Expect(todaySection.GetByRole(AriaRole.Button, new() { Name = "Mark done" })).ToBeVisibleAsync();
        var todayDay = page.Locator($"[data-test=this-week] [data-test=plan-day][data-date='{today}']");
        await Expect(todayDay).ToHaveAttributeAsync("data-state", "today");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause schedule" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "my-schedule-wide");

        await todaySection.GetByRole(AriaRole.Link, new() { Name = plan.WorkoutTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = plan.WorkoutTitle })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start workout" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();
        await Expect(page.Locator("[data-role=phase]")).ToHaveTextAsync("Done!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark complete" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/workouts"));

        await page.GotoAsync("/me/schedule");
        await Expect(todayDay).ToHaveAttributeAsync("data-state", "done");
        await Expect(todaySection.GetByText("Today is done")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-test=progress]")).ToHaveTextAsync("Week 1 of 1, 1 of 2 workouts done");
        await BrowserFixture.ScreenshotAsync(page, "my-schedule-done-wide");

        var feed = await page.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "Calendar feed" }).GetAttributeAsync("href"))!);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("text/calendar", feed.Headers["content-type"]);
        var calendar = Ical.Net.Calendar.Load(await feed.TextAsync())!;
        Assert.Equal(2, calendar.Events.Count);
        var first = Assert.Single(calendar.Events, e => e.Summary?.Contains(plan.WorkoutTitle, StringComparison.Ordinal) == true);
        Assert.Equal(today, first.DtStart!.Date.ToString("yyyy-MM-dd"));

        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, "my-schedule-phone");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync($"/schedules/{plan.Slug}");
        await Expect(page.GetByText("You are following this schedule.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "schedule-phone");
        await page.GotoAsync("/schedules/postural-reset-week");
        await Expect(page.GetByText($"You are following “{plan.Title}”.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "schedule-demo-phone");
        await page.GotoAsync("/schedules");
        await BrowserFixture.ScreenshotAsync(page, "schedules-phone");
    }
}
