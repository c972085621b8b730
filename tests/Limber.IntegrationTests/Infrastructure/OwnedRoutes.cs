using Limber.Features.Accounts;
using Limber.Features.BackCare;
using Limber.Features.Favorites;
using Limber.Features.FoodJournal;
using Limber.Features.Notifications;
using Limber.Features.Schedules;
using Limber.Features.Workouts;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// Every route a member owns (under <c>/account</c>, <c>/me</c>, <c>/api/v1/me</c>), with how to make
/// something of the owner's for it to show. <see cref="Security.OwnerMatrixTests"/> runs each through
/// owner / other member / anonymous, and fails for an owned route that is not listed here: a feature
/// that adds a member's page or endpoint adds its line (wger's access matrices, written once).
/// </summary>
public static class OwnedRoutes
{
    /// <summary>Routes under the owned prefixes that are not a member's own data: signing in and out, and what comes before.</summary>
    public static readonly string[] Public =
    [
        "/account/login", "/account/login-2fa", "/account/register", "/account/logout", "/account/forgot-password",
        "/account/reset-password", "/account/confirm-email", "/account/check-email", "/account/access-denied", "/account/deleted",
        // A calendar app cannot sign in: the feed's secret token is its credential (ScheduleCalendarTests).
        "/me/schedule.ics",
    ];

    public static readonly OwnedRoute[] All =
    [
        Page("/account", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/profile", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/password", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/two-factor", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/export", (app, owner) => Task.FromResult(Shows(owner.Email!))),
        Page("/account/delete", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/membership", (app, owner) => Task.FromResult(Shows(owner.DisplayName))),
        Page("/account/notifications", async (app, owner) => Shows((await GivenNotificationAsync(app, owner)).Excerpt)),
        Page("/account/favorites", async (app, owner) => Shows((await GivenFavoriteAsync(app, owner)).Title)),
        Page("/account/workouts", async (app, owner) => Shows((await GivenSessionAsync(app, owner)).Title)),
        PageForm("/account/notifications", "Open", async (app, owner) => (await GivenNotificationAsync(app, owner)).Id),
        PageForm("/account/notifications", "Read", async (app, owner) => (await GivenNotificationAsync(app, owner)).Id),
        Page("/me/schedule", async (app, owner) => Shows((await GivenFollowingAsync(app, owner)).Title)),
        Api("GET", "/api/v1/me/schedule", async (app, owner) => Shows((await GivenFollowingAsync(app, owner)).Title, "/api/v1/me/schedule")),
        Api("POST", "/api/v1/me/schedule", async (app, owner) => new OwnedRequest("/api/v1/me/schedule",
            Json: new { schedule = (await app.GivenScheduleAsync(await app.GivenWorkoutAsync())).Slug, startDate = app.Today() })),
        Api("POST", "/api/v1/me/schedule/pause", async (app, owner) =>
        {
            await GivenFollowingAsync(app, owner);
            return new OwnedRequest("/api/v1/me/schedule/pause");
        }),
        Api("POST", "/api/v1/me/schedule/resume", async (app, owner) =>
        {
            await GivenFollowingAsync(app, owner, paused: true);
            return new OwnedRequest("/api/v1/me/schedule/resume");
        }),
        Api("POST", "/api/v1/me/schedule/shift", async (app, owner) =>
        {
            await GivenFollowingAsync(app, owner, daysAgo: 3);
            return new OwnedRequest("/api/v1/me/schedule/shift");
        }),
        Api("PUT", "/api/v1/me/schedule/days/{date}", async (app, owner) =>
        {
            await GivenFollowingAsync(app, owner);
            return new OwnedRequest($"/api/v1/me/schedule/days/{app.Today():yyyy-MM-dd}", Json: new { done = true });
        }),
        Page("/back-care/self-check", async (app, owner) => Shows((await GivenSelfCheckAsync(app, owner)).AnsweredAtUtc.ToString("d MMMM yyyy"))),
        Page("/back-care/inversion", async (app, owner) => Shows((await GivenInversionAsync(app, owner)).Notes!)),
        Api("GET", "/api/v1/me/back-care/self-check", async (app, owner) =>
        {
            await GivenSelfCheckAsync(app, owner);
            return Shows("\"inversionOpen\":true", "/api/v1/me/back-care/self-check");
        }),
        Api("PUT", "/api/v1/me/back-care/self-check", (app, owner) => Task.FromResult(new OwnedRequest("/api/v1/me/back-care/self-check",
            Json: new { highBloodPressure = false, heartDisease = false, glaucoma = false, pregnancy = false, recentSurgery = false, osteoporosis = false }))),
        Api("GET", "/api/v1/me/back-care/sessions", async (app, owner) => Shows((await GivenInversionAsync(app, owner)).Notes!, "/api/v1/me/back-care/sessions")),
        Api("POST", "/api/v1/me/back-care/sessions", async (app, owner) =>
        {
            await GivenSelfCheckAsync(app, owner);
            return new OwnedRequest("/api/v1/me/back-care/sessions", Json: new { device = "table", angleDegrees = 20, minutes = 2 });
        }),
        Api("PUT", "/api/v1/me/back-care/sessions/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/back-care/sessions/{(await GivenInversionAsync(app, owner)).Id}", NamesTheResource: true,
                Json: new { device = "table", angleDegrees = 25, minutes = 3 })),
        Api("DELETE", "/api/v1/me/back-care/sessions/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/back-care/sessions/{(await GivenInversionAsync(app, owner)).Id}", NamesTheResource: true)),
        Api("GET", "/api/v1/me", (app, owner) => Task.FromResult(Shows(owner.Email!, "/api/v1/me"))),
        Api("PATCH", "/api/v1/me", (app, owner) => Task.FromResult(new OwnedRequest("/api/v1/me", Json: new { location = "Lyon" }))),
        Api("GET", "/api/v1/me/membership", (app, owner) => Task.FromResult(new OwnedRequest("/api/v1/me/membership"))),
        Api("GET", "/api/v1/me/notifications", async (app, owner) => Shows((await GivenNotificationAsync(app, owner)).Excerpt, "/api/v1/me/notifications")),
        Api("GET", "/api/v1/me/favorites", async (app, owner) => Shows((await GivenFavoriteAsync(app, owner)).Title, "/api/v1/me/favorites")),
        Api("PUT", "/api/v1/me/favorites/{kind}/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/favorites/workout/{(await app.GivenWorkoutAsync()).Id}")),
        Api("DELETE", "/api/v1/me/favorites/{kind}/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/favorites/workout/{(await GivenFavoriteAsync(app, owner)).Id}")),
        Api("GET", "/api/v1/me/workout-sessions", async (app, owner) => Shows((await GivenSessionAsync(app, owner)).Slug, "/api/v1/me/workout-sessions")),
        Api("POST", "/api/v1/me/workout-sessions", async (app, owner) =>
            new OwnedRequest("/api/v1/me/workout-sessions", Json: new { workout = (await app.GivenWorkoutAsync()).Slug, secondsDone = 300 })),
        // Pain diary and insights: pages outside the owned prefixes, but a member's own all the same.
        Page("/back-care/pain", async (app, owner) => Shows((await GivenPainAsync(app, owner)).Notes!)),
        new("GET", "/back-care/pain?edit={id}", null, async (app, owner) =>
        {
            var entry = await GivenPainAsync(app, owner);
            return new OwnedRequest($"/back-care/pain?edit={entry.Id}", Marker: entry.Notes, NamesTheResource: true);
        }),
        PageForm("/back-care/pain", "Edit", async (app, owner) => (await GivenPainAsync(app, owner)).Id),
        PageForm("/back-care/pain", "Delete", async (app, owner) => (await GivenPainAsync(app, owner)).Id),
        Page("/back-care/insights", async (app, owner) =>
        {
            await GivenPainAsync(app, owner);
            return new OwnedRequest("");
        }),
        new("GET", "/back-care/insights?handler=Csv", null, async (app, owner) =>
            new OwnedRequest("/back-care/insights?handler=Csv", Marker: (await GivenPainAsync(app, owner)).Notes)),
        Api("GET", "/api/v1/me/back-care/pain", async (app, owner) => Shows((await GivenPainAsync(app, owner)).Notes!, "/api/v1/me/back-care/pain")),
        Api("POST", "/api/v1/me/back-care/pain", (app, owner) => Task.FromResult(new OwnedRequest("/api/v1/me/back-care/pain",
            Json: new { area = "neck", score = 3 }))),
        Api("PUT", "/api/v1/me/back-care/pain/{id:guid}", async (app, owner) => new OwnedRequest(
            $"/api/v1/me/back-care/pain/{(await GivenPainAsync(app, owner)).Id}", NamesTheResource: true, Json: new { area = "hips", score = 2 })),
        Api("DELETE", "/api/v1/me/back-care/pain/{id:guid}", async (app, owner) => new OwnedRequest(
            $"/api/v1/me/back-care/pain/{(await GivenPainAsync(app, owner)).Id}", NamesTheResource: true)),
        Api("GET", "/api/v1/me/back-care/insights", async (app, owner) =>
        {
            await GivenPainAsync(app, owner);
            return new OwnedRequest("/api/v1/me/back-care/insights");
        }),
        // Food journal (Premium): the owner is given Premium; the other member has none, so they get the
        // join prompt or 403 before any id is looked up (a Premium stranger gets 404: JournalApiTests, JournalDayTests).
        Page("/journal", async (app, owner) => Shows((await GivenJournalAsync(app, owner)).Name)),
        Page("/journal/week", async (app, owner) =>
        {
            await GivenJournalAsync(app, owner);
            return Shows("Week of");
        }),
        Page("/journal/goals", async (app, owner) =>
        {
            await GivenJournalAsync(app, owner);
            return Shows("Daily goals");
        }),
        new("GET", "/journal?edit={id}", null, async (app, owner) =>
        {
            var entry = await GivenJournalAsync(app, owner);
            return new OwnedRequest($"/journal?edit={entry.Id}", Marker: entry.Name);
        }),
        new("POST", "/journal/{date}", "Remove", async (app, owner) =>
            new OwnedRequest($"/journal/{app.Today():yyyy-MM-dd}?handler=Remove&id={(await GivenJournalAsync(app, owner)).Id}")),
        new("GET", "/journal/week?handler=Csv", null, async (app, owner) =>
            new OwnedRequest("/journal/week?handler=Csv", Marker: (await GivenJournalAsync(app, owner)).Name)),
        Api("GET", "/api/v1/me/journal/{date}/entries", async (app, owner) =>
            Shows((await GivenJournalAsync(app, owner)).Name, $"/api/v1/me/journal/{app.Today():yyyy-MM-dd}/entries")),
        Api("POST", "/api/v1/me/journal/{date}/entries", async (app, owner) =>
        {
            await app.GivenPremiumAsync(owner);
            return new OwnedRequest($"/api/v1/me/journal/{app.Today():yyyy-MM-dd}/entries", Json: new { name = "Toast", energyKcal = 90, meal = "breakfast" });
        }),
        Api("PATCH", "/api/v1/me/journal/{date}/entries/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/journal/{app.Today():yyyy-MM-dd}/entries/{(await GivenJournalAsync(app, owner)).Id}", Json: new { amount = 20 })),
        Api("DELETE", "/api/v1/me/journal/{date}/entries/{id:guid}", async (app, owner) =>
            new OwnedRequest($"/api/v1/me/journal/{app.Today():yyyy-MM-dd}/entries/{(await GivenJournalAsync(app, owner)).Id}")),
        Api("GET", "/api/v1/me/journal/goals", async (app, owner) =>
        {
            await GivenJournalAsync(app, owner);
            return Shows("1234", "/api/v1/me/journal/goals");
        }),
        Api("PUT", "/api/v1/me/journal/goals", async (app, owner) =>
        {
            await app.GivenPremiumAsync(owner);
            return new OwnedRequest("/api/v1/me/journal/goals", Json: new { energyKcal = 2000 });
        }),
    ];

    private static OwnedRoute Page(string path, Func<AppFactory, AppUser, Task<OwnedRequest>> given) =>
        new("GET", path, null, async (app, owner) => (await given(app, owner)) with { Path = path });

    /// <summary>A page handler acting on one of the owner's rows by id: another member gets 404.</summary>
    private static OwnedRoute PageForm(string path, string handler, Func<AppFactory, AppUser, Task<Guid>> given) =>
        new("POST", path, handler, async (app, owner) => new OwnedRequest($"{path}?handler={handler}&id={await given(app, owner)}", NamesTheResource: true));

    private static OwnedRoute Api(string method, string route, Func<AppFactory, AppUser, Task<OwnedRequest>> given) => new(method, route, null, given);

    private static OwnedRequest Shows(string marker, string path = "") => new(path, Marker: marker);

    private static Task<Notification> GivenNotificationAsync(AppFactory app, AppUser owner) => app.WithDbAsync(async db =>
    {
        var notification = new Notification
        {
            RecipientId = owner.Id,
            Link = "/",
            ActorName = "Someone",
            TargetKind = "article",
            TargetTitle = "A title",
            Excerpt = $"Only for the owner {Guid.NewGuid():N}",
            CreatedAtUtc = app.Now,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification;
    });

    private static async Task<Workout> GivenFavoriteAsync(AppFactory app, AppUser owner)
    {
        var workout = await app.GivenWorkoutAsync(title: $"Kept by the owner {Guid.NewGuid():N}");
        await app.WithDbAsync(db =>
        {
            db.Favorites.Add(new Favorite { MemberId = owner.Id, Kind = WorkoutFavorites.Kind, TargetId = workout.Id, CreatedAtUtc = app.Now });
            return db.SaveChangesAsync();
        });
        return workout;
    }

    /// <summary>The owner follows a new every-day schedule that started <paramref name="daysAgo"/> days ago (its title is the marker).</summary>
    private static async Task<Schedule> GivenFollowingAsync(AppFactory app, AppUser owner, bool paused = false, int daysAgo = 0)
    {
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), title: $"Followed by the owner {Guid.NewGuid():N}",
            workoutDays: [1, 2, 3, 4, 5, 6, 7]);
        var enrolment = await app.GivenEnrolmentAsync(owner, schedule, app.Today().AddDays(-daysAgo));
        if (paused)
        {
            await app.WithDbAsync(async db =>
            {
                var tracked = await db.Enrolments.Include(e => e.Days).SingleAsync(e => e.Id == enrolment.Id);
                Assert.True(tracked.Pause(app.Today()).Succeeded);
                return await db.SaveChangesAsync();
            });
        }
        return schedule;
    }

    /// <summary>A clear self-check of the owner's (no "Yes"), so the inversion tools are open to them.</summary>
    private static Task<SelfCheck> GivenSelfCheckAsync(AppFactory app, AppUser owner) => app.WithDbAsync(async db =>
    {
        var check = new SelfCheck { MemberId = owner.Id, AnsweredAtUtc = app.Now };
        db.SelfChecks.Add(check);
        await db.SaveChangesAsync();
        return check;
    });

    private static async Task<InversionSession> GivenInversionAsync(AppFactory app, AppUser owner)
    {
        await GivenSelfCheckAsync(app, owner);
        return await app.WithDbAsync(async db =>
        {
            var session = new InversionSession
            {
                MemberId = owner.Id,
                Device = Device.Table,
                AngleDegrees = 20,
                Minutes = 2,
                StartedAtUtc = app.Now.AddHours(-1),
                CreatedAtUtc = app.Now,
                Notes = $"Only for the owner {Guid.NewGuid():N}",
            };
            db.InversionSessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });
    }

    private static Task<PainEntry> GivenPainAsync(AppFactory app, AppUser owner) =>
        app.GivenPainAsync(owner, PainArea.LowerBack, 4, app.Now.AddHours(-1), notes: $"Only for the owner {Guid.NewGuid():N}");

    /// <summary>The owner has Premium, goals (1234 kcal) and an entry of a food named for them today (the name is the marker).</summary>
    private static async Task<JournalEntry> GivenJournalAsync(AppFactory app, AppUser owner)
    {
        await app.GivenPremiumAsync(owner);
        await app.GivenGoalsAsync(owner, kcal: 1234);
        var food = await app.GivenFoodAsync(FoodBuilders.Plain($"Eaten by the owner {Guid.NewGuid():N}"));
        return await app.GivenEntryAsync(owner, food, app.Today(), 40);
    }

    private static async Task<Workout> GivenSessionAsync(AppFactory app, AppUser owner)
    {
        var workout = await app.GivenWorkoutAsync(title: $"Done by the owner {Guid.NewGuid():N}");
        await app.WithDbAsync(db =>
        {
            db.WorkoutSessions.Add(new WorkoutSession { MemberId = owner.Id, WorkoutId = workout.Id, StartedAtUtc = app.Now.AddMinutes(-5), FinishedAtUtc = app.Now, SecondsDone = 300 });
            return db.SaveChangesAsync();
        });
        return workout;
    }
}

/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The endpoint's route template, as the app registers it (what the completeness check compares).</param>
/// <param name="Handler">For a page form, the handler posted to.</param>
/// <param name="Given">Makes the owner's data and says what to request.</param>
public sealed record OwnedRoute(string Method, string Route, string? Handler, Func<AppFactory, AppUser, Task<OwnedRequest>> Given)
{
    public override string ToString() => Handler is null ? $"{Method} {Route}" : $"{Method} {Route}?handler={Handler}";
}

/// <param name="Path">What to request.</param>
/// <param name="Marker">Text of the owner's that the owner sees and another member must not.</param>
/// <param name="NamesTheResource">The path carries the id of the owner's row: another member gets 404.</param>
/// <param name="Json">A JSON body for an API write.</param>
public sealed record OwnedRequest(string Path, string? Marker = null, bool NamesTheResource = false, object? Json = null);
