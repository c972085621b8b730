using System.Net;
using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Schedules;

/// <summary>
/// The morning reminder: on a scheduled workout day, from the member's chosen hour on their clock, one
/// email ("Today: Core and back strength 20, 17 min") through the job queue. Exactly once per day on
/// any number of nodes: each day's reminder is claimed by one conditional update (the row's
/// <see cref="EnrolmentDay.RemindedAtUtc"/> from null), in the transaction that queues the email, so a
/// node that loses the race queues nothing. A node that was down at the hour sends it later that day.
/// </summary>
public sealed class ScheduleReminders(AppDbContext db, JobQueue jobs, MemberAccess access, WorkoutLookup workouts, ReminderLinks links,
    SiteUrls urls, IOptions<LimberOptions> site, TimeProvider clock)
{
    /// <summary>Queues the reminders due now; returns how many this call queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Every zone's today is within a day of UTC's: the candidates, narrowed on each member's clock below.
        var earliest = DateOnly.FromDateTime(now).AddDays(-1);
        var latest = earliest.AddDays(2);
        var candidates = await (
            from day in db.EnrolmentDays
            join enrolment in db.Enrolments on day.EnrolmentId equals enrolment.Id
            join preferences in db.SchedulePreferences on enrolment.MemberId equals preferences.MemberId
            join member in db.Users on enrolment.MemberId equals member.Id
            where enrolment.EndedAtUtc == null && enrolment.PausedOn == null && preferences.ReminderHour != null
                && day.Date >= earliest && day.Date <= latest && day.RemindedAtUtc == null && day.DoneAtUtc == null && member.EmailConfirmed
            select new Candidate(day.Id, day.Date, day.Index, day.WorkoutIds, day.Note, enrolment.Title, enrolment.MemberId, enrolment.Schedule!.Visibility,
                preferences.ReminderHour!.Value, member.TimeZone, member.Email!, member.DisplayName)).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var due in candidates.Where(c => c.WorkoutIds.Count > 0 && IsDue(c, now)))
        {
            if (due.Visibility == Visibility.Premium && !await access.HasPremiumAsync(due.MemberId, cancellationToken))
            {
                continue; // The plan waits for Premium to return; so does its reminder.
            }
            if (await QueueAsync(due, now, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }

    private static bool IsDue(Candidate c, DateTime now)
    {
        var local = Times.Local(now, Times.Zone(c.TimeZone));
        return DateOnly.FromDateTime(local) == c.Date && local.Hour >= c.Hour;
    }

    private async Task<bool> QueueAsync(Candidate due, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.EnrolmentDays.Where(d => d.Id == due.DayId && d.RemindedAtUtc == null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.RemindedAtUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return false; // Another node claimed it first.
        }
        jobs.Enqueue(EmailJob.Kind, await MessageAsync(due, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<EmailMessage> MessageAsync(Candidate due, CancellationToken cancellationToken)
    {
        var library = await workouts.PublishedAsync(due.WorkoutIds, cancellationToken);
        var day = new PlanDay(new EnrolmentDay { Index = due.Index, Date = due.Date, WorkoutIds = due.WorkoutIds, Note = due.Note }, DayState.Today,
            [.. due.WorkoutIds.Select(id => new PlanWorkout(id, library.GetValueOrDefault(id), false))]);
        var schedule = urls.Absolute("/me/schedule");
        var stop = urls.Absolute($"/schedules/reminders/stop?token={links.TokenFor(due.MemberId)}");
        var subject = $"Today: {day.Headline}";
        var lines = day.Workouts.Select(w => w.Workout is { } workout
            ? (Title: workout.Title, Minutes: workout.Minutes, Link: urls.Absolute(workout.Path))
            : (Title: "A workout no longer available", Minutes: 0, Link: schedule)).ToList();
        var text = $"Today in {due.Title} (week {day.Day.Week}):\n\n" + string.Join("\n", lines.Select(l => $"- {l.Title}, {l.Minutes} min: {l.Link}"))
            + (due.Note is { } note ? $"\n\n{note}" : "")
            + $"\n\nYour schedule: {schedule}\n\n— {site.Value.SiteName}\nStop these reminders: {stop}\n";
        var items = string.Concat(lines.Select(l =>
            $"<li><a href=\"{WebUtility.HtmlEncode(l.Link)}\" style=\"color:#0f766e;font-weight:600\">{WebUtility.HtmlEncode(l.Title)}</a>, {l.Minutes} min</li>"));
        var html = $"""
            <!DOCTYPE html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">
            <p>Today in <strong>{WebUtility.HtmlEncode(due.Title)}</strong> (week {day.Day.Week}):</p>
            <ul>{items}</ul>
            {(due.Note is { } n ? $"<p style=\"color:#44403c\">{WebUtility.HtmlEncode(n)}</p>" : "")}
            <p><a href="{WebUtility.HtmlEncode(schedule)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 18px;border-radius:999px;text-decoration:none;font-weight:600">Open my schedule</a></p>
            <p style="color:#57534e;font-size:13px">— {WebUtility.HtmlEncode(site.Value.SiteName)} · <a href="{WebUtility.HtmlEncode(stop)}" style="color:#57534e">Stop these reminders</a></p>
            </body></html>
            """;
        return new EmailMessage(due.Email, due.DisplayName, subject, text, html, stop);
    }

    private sealed record Candidate(Guid DayId, DateOnly Date, int Index, List<Guid> WorkoutIds, string? Note, string Title, Guid MemberId,
        Visibility Visibility, int Hour, string TimeZone, string Email, string DisplayName);
}

/// <summary>Looks for due reminders every few minutes on every node (the claim keeps it to one email a day).</summary>
public sealed class ScheduleReminderWorker(IServiceScopeFactory scopes, IOptions<SchedulesOptions> options, IOptions<JobsOptions> jobs,
    TimeProvider clock, ILogger<ScheduleReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.Value.Enabled || options.Value.ReminderSweepMinutes == 0)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduleReminders>().QueueDueAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMinutes(options.Value.ReminderSweepMinutes), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Schedule reminders could not be queued; trying again shortly.");
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
        }
    }
}
