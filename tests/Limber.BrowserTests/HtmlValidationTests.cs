using Limber.Features.Accounts;
using Limber.Features.Favorites;
using Limber.Features.Schedules;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Limber.BrowserTests;

/// <summary>
/// The main pages, as the server sends them (signed out, and signed in as staff with a workout
/// logged and a favorite), pass the W3C Nu HTML Checker with no errors. All pages are checked in one
/// run of the checker.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class HtmlValidationTests(BrowserFixture app)
{
    private const string Article = "/articles/back-pain-have-you-tried-inversion-therapy";
    private const string PremiumArticle = "/articles/the-inversion-table-progression-plan-members-guide";
    private const string Workout = "/workouts/twenty-minute-full-body";
    private const string SchedulePage = "/schedules/postural-reset-week";
    private const string PremiumSchedulePage = "/schedules/strong-back-4-weeks";

    private static readonly string[] SignedOutPages =
    [
        "/", "/articles", Article, PremiumArticle, "/workouts", Workout, "/series/postural-therapy-basics", "/join",
        "/search?q=back", "/account/login", "/account/register", "/schedules", SchedulePage, PremiumSchedulePage,
        "/recipes", "/recipes/salmon-sweet-potato-greens", "/foods?q=chick+bre",
    ];

    private static readonly string[] SignedInPages =
    [
        "/", Article, PremiumArticle, Workout, "/join", "/account/profile", "/account/notifications", "/account/favorites",
        "/account/workouts", "/account/membership", "/admin", "/admin/articles/edit", "/admin/workouts/edit",
        "/schedules", SchedulePage, PremiumSchedulePage, "/me/schedule", "/admin/schedules", "/admin/schedules/edit",
        "/recipes/salmon-sweet-potato-greens", "/recipes/salmon-sweet-potato-greens?print=true", "/foods/mine", "/journal", "/journal?q=chick",
        "/journal/week", "/journal/goals", "/admin/recipes", "/admin/recipes/edit",
    ];

    [Fact]
    public async Task MainPages_AsServed_HaveNoHtmlErrors()
    {
        var folder = Directory.CreateTempSubdirectory("limber-html-");
        try
        {
            var files = new List<string>();
            await SaveAsync(await app.NewPageAsync(), "signed-out", SignedOutPages, folder.FullName, files);
            await SaveAsync(await SignedInWithSomeHistoryAsync(), "signed-in", SignedInPages, folder.FullName, files);

            var errors = await NuHtmlChecker.CheckAsync(files, TestContext.Current.CancellationToken);

            Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Each page's HTML as sent (not the browser's DOM after scripts), named after who asked for which path.</summary>
    private static async Task SaveAsync(IPage page, string who, string[] paths, string folder, List<string> files)
    {
        foreach (var path in paths)
        {
            var response = await page.APIRequest.GetAsync(path);
            Assert.True(response.Status == 200, $"{who} GET {path} answered {response.Status}");
            var name = $"{who}{(path == "/" ? "-home" : path.Replace('/', '-').Replace('?', '-').Replace('=', '-'))}.html";
            var file = Path.Combine(folder, name);
            await File.WriteAllTextAsync(file, await response.TextAsync());
            files.Add(file);
        }
    }

    /// <summary>
    /// The editor, signed in through the form, with a logged workout and a favorite so their pages have rows,
    /// and following the postural week from three days ago (a day done, one missed, a rest day, today) after an earlier schedule.
    /// </summary>
    private async Task<IPage> SignedInWithSomeHistoryAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var editor = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(app.EditorEmail);
            var slug = Workout["/workouts/".Length..];
            var workout = await db.Workouts.SingleAsync(w => w.Slug == slug);
            var finished = DateTime.SpecifyKind(new DateTime(2026, 11, 30, 7, 30, 0), DateTimeKind.Utc);
            db.WorkoutSessions.Add(new WorkoutSession
            {
                MemberId = editor!.Id,
                WorkoutId = workout.Id,
                StartedAtUtc = finished.AddMinutes(-20),
                FinishedAtUtc = finished,
                SecondsDone = 1200,
                Rating = 4,
                Note = "Felt good",
            });
            if (!await db.Favorites.AnyAsync(f => f.MemberId == editor.Id && f.TargetId == workout.Id))
            {
                db.Favorites.Add(new Favorite { MemberId = editor.Id, Kind = "workout", TargetId = workout.Id, CreatedAtUtc = finished });
            }
            await db.SaveChangesAsync();
            await FollowAScheduleAsync(scope.ServiceProvider, editor.Id);
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=/account/profile");
        await page.GetByLabel("Email").FillAsync(app.EditorEmail);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/profile"));
        return page;
    }

    private static async Task FollowAScheduleAsync(IServiceProvider services, Guid memberId)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Enrolments.AnyAsync(e => e.MemberId == memberId))
        {
            return;
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = await services.GetRequiredService<MemberDates>().TodayAsync(memberId, CancellationToken.None);
        var (earlierSlug, posturalSlug) = (PremiumSchedulePage["/schedules/".Length..], SchedulePage["/schedules/".Length..]);
        var earlier = await db.Schedules.Include(s => s.Days).SingleAsync(s => s.Slug == earlierSlug);
        var ended = Enrolment.Start(memberId, earlier, today.AddDays(-40), now.AddDays(-40));
        ended.Days[0].DoneAtUtc = now.AddDays(-40);
        ended.EndedAtUtc = now.AddDays(-4);
        db.Enrolments.Add(ended);
        await db.SaveChangesAsync();
        var postural = await db.Schedules.Include(s => s.Days).SingleAsync(s => s.Slug == posturalSlug);
        var current = Enrolment.Start(memberId, postural, today.AddDays(-3), now.AddDays(-3));
        Assert.True(current.MarkDone(today.AddDays(-3), done: true, today, now).Succeeded);
        db.Enrolments.Add(current);
        db.SchedulePreferences.Add(new SchedulePreferences { MemberId = memberId, ReminderHour = 7 });
        await db.SaveChangesAsync();
    }
}
