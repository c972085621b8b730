using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>
/// The member's schedule as <c>/me/schedule</c>, its API, the account card and the calendar feed show
/// it: their copy of the plan on their dates, each day's state on their today, and progress.
/// </summary>
public sealed record MyScheduleView(Enrolment Enrolment, string Slug, DateOnly Today, bool CanFollow, bool NewerVersion,
    IReadOnlyList<PlanDay> Days)
{
    public PlanDay? TodayDay => Days.FirstOrDefault(d => d.Day.Date == Today);

    public int CurrentWeek => Enrolment.CurrentWeek(Today);

    public IEnumerable<PlanDay> Week(int week) => Days.Where(d => d.Day.Week == week);

    public int WorkoutDays => Days.Count(d => !d.Day.IsRest);

    public int DoneDays => Days.Count(d => d.State == DayState.Done);

    public bool Finished => Enrolment.IsFinishedOn(Today);

    public bool HasMissed => Days.Any(d => d.State == DayState.Missed);

    /// <summary>"Week 2 of 4, 6 of 20 workouts done".</summary>
    public string Progress => $"Week {CurrentWeek} of {Enrolment.Weeks}, {DoneDays} of {WorkoutDays} workouts done";
}

/// <param name="Workouts">The day's workouts in order; one no longer published is missing from the library and shows as such.</param>
public sealed record PlanDay(EnrolmentDay Day, DayState State, IReadOnlyList<PlanWorkout> Workouts)
{
    public int Minutes => Workouts.Sum(w => w.Workout?.Minutes ?? 0);

    /// <summary>"Core and back strength 20, 17 min" (the reminder's subject and the calendar event's title).</summary>
    public string Headline => Workouts.Count == 0 ? "Rest day"
        : string.Join(" + ", Workouts.Select(w => w.Workout?.Title ?? "A workout no longer available")) + $", {Minutes} min";

    public bool CanMarkDone => State is DayState.Today or DayState.Missed;
}

public sealed record PlanWorkout(Guid Id, WorkoutRef? Workout, bool Completed);

public sealed class MyScheduleViews(AppDbContext db, MemberAccess access, WorkoutLookup workouts, MemberDates dates)
{
    public async Task<MyScheduleView?> CurrentAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        if (member.UserId() is not { } memberId)
        {
            return null;
        }
        var enrolment = await db.Enrolments.AsNoTracking().CurrentOfAsync(memberId, cancellationToken);
        return enrolment is null ? null
            : await ViewAsync(enrolment, await dates.TodayAsync(memberId, cancellationToken),
                await access.CanReadAsync(member, enrolment.Schedule!.Visibility, cancellationToken), cancellationToken);
    }

    /// <summary>The view of <paramref name="enrolment"/> (days and schedule loaded) on <paramref name="today"/>.</summary>
    public async Task<MyScheduleView> ViewAsync(Enrolment enrolment, DateOnly today, bool canFollow, CancellationToken cancellationToken)
    {
        var library = await workouts.PublishedAsync(enrolment.Days.SelectMany(d => d.WorkoutIds), cancellationToken);
        var days = enrolment.Days.OrderBy(d => d.Index)
            .Select(d => new PlanDay(d, enrolment.StateOf(d, today),
                [.. d.WorkoutIds.Select(id => new PlanWorkout(id, library.GetValueOrDefault(id), d.DoneAtUtc is not null || d.CompletedWorkoutIds.Contains(id)))]))
            .ToList();
        return new MyScheduleView(enrolment, enrolment.Schedule!.Slug, today, canFollow, enrolment.Schedule.Version > enrolment.PlanVersion, days);
    }

    /// <summary>The member's earlier schedules, newest first: title, dates and how much was done.</summary>
    public Task<List<PastEnrolment>> HistoryAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Enrolments.AsNoTracking().OwnedBy(memberId).Where(e => e.EndedAtUtc != null).OrderByDescending(e => e.StartedAtUtc)
            .Select(e => new PastEnrolment(e.Title, e.Schedule!.Slug, e.StartDate, e.EndedAtUtc!.Value,
                e.Days.Count(d => d.DoneAtUtc != null), e.Days.Count(d => d.WorkoutIds.Count > 0)))
            .ToListAsync(cancellationToken);
}

public sealed record PastEnrolment(string Title, string Slug, DateOnly StartDate, DateTime EndedAtUtc, int Done, int WorkoutDays);
