using Limber.Features.Accounts;
using Limber.Features.Schedules;
using Limber.Features.Workouts;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Schedules and members following them, arranged in the database.</summary>
public static class ScheduleBuilders
{
    /// <summary>
    /// A published schedule of <paramref name="weeks"/> weeks: on each day in <paramref name="workoutDays"/>
    /// (1-based weekdays, default Monday to Friday of a plan starting on day 1) the given workout, else rest.
    /// </summary>
    public static Task<Schedule> GivenScheduleAsync(this AppFactory app, Workout workout, Visibility visibility = Visibility.Public,
        string? title = null, int weeks = 1, int[]? workoutDays = null, bool published = true) => app.WithDbAsync(async db =>
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var schedule = new Schedule
        {
            Slug = $"schedule-{unique}",
            Title = title ?? $"Schedule {unique}",
            Summary = $"Summary {unique}",
            Visibility = visibility,
            Published = published,
            PublishedAtUtc = app.Now,
            CreatedAtUtc = app.Now,
            UpdatedAtUtc = app.Now,
            Weeks = weeks,
        };
        for (var week = 1; week <= weeks; week++)
        {
            foreach (var day in workoutDays ?? [1, 2, 3, 4, 5])
            {
                schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = Schedule.IndexOf(week, day), WorkoutIds = [workout.Id], Note = $"Note for day {day}" });
            }
        }
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule;
    });

    /// <summary>The member follows <paramref name="schedule"/> from <paramref name="start"/> (as "Start this schedule" would, without its checks).</summary>
    public static Task<Enrolment> GivenEnrolmentAsync(this AppFactory app, AppUser member, Schedule schedule, DateOnly start, int? reminderHour = null) =>
        app.WithDbAsync(async db =>
        {
            var plan = await db.Schedules.Include(s => s.Days).SingleAsync(s => s.Id == schedule.Id);
            var enrolment = Enrolment.Start(member.Id, plan, start, app.Now);
            db.Enrolments.Add(enrolment);
            var preferences = await db.SchedulePreferences.FindAsync(member.Id);
            if (preferences is null)
            {
                db.SchedulePreferences.Add(new SchedulePreferences { MemberId = member.Id, ReminderHour = reminderHour });
            }
            await db.SaveChangesAsync();
            return enrolment;
        });

    public static Task SetTimeZoneAsync(this AppFactory app, AppUser member, string zone) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, zone)));

    /// <summary>The app clock's date in UTC (members default to UTC).</summary>
    public static DateOnly Today(this AppFactory app) => DateOnly.FromDateTime(app.Now);

    public static Task<List<EnrolmentDay>> DaysOfAsync(this AppFactory app, Guid memberId) => app.WithDbAsync(db =>
        db.EnrolmentDays.Where(d => db.Enrolments.Any(e => e.Id == d.EnrolmentId && e.MemberId == memberId && e.EndedAtUtc == null))
            .OrderBy(d => d.Index).ToListAsync());

    /// <summary>A member with a 7 o'clock reminder, following a plan with a workout every day (or on <paramref name="workoutDays"/>) that started two days ago.</summary>
    public static async Task<AppUser> GivenRemindedMemberAsync(this AppFactory app, Visibility visibility = Visibility.Public, bool premium = false,
        int[]? workoutDays = null, string zone = "UTC", DateOnly? start = null)
    {
        var member = premium ? (await app.GivenReaderAsync(Readers.Premium))! : await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, zone);
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), visibility, workoutDays: workoutDays ?? [1, 2, 3, 4, 5, 6, 7]);
        await app.GivenEnrolmentAsync(member, schedule, start ?? app.Today().AddDays(-2), reminderHour: 7);
        return member;
    }

    /// <summary>One look for due reminders, as one node's worker makes it; returns how many it queued.</summary>
    public static Task<int> QueueRemindersAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<ScheduleReminders>().QueueDueAsync(CancellationToken.None));

    /// <summary>The payloads (JSON, with the recipient's address) of the emails queued and not sent yet.</summary>
    public static Task<List<string>> QueuedEmailsAsync(this AppFactory app) =>
        app.WithDbAsync(db => db.Jobs.Where(j => j.Kind == "email" && j.State == JobState.Queued).Select(j => j.Payload).ToListAsync());
}
