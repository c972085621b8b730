using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.Schedules;

/// <summary>
/// A member following a schedule: their own copy of its plan, taken when they started (so the editor's
/// later changes never move their days), laid out on dates. Dates are the member's own calendar days:
/// a day is due from 00:00 in their time zone, whatever UTC says, and stays a date across daylight
/// saving changes. One enrolment per member is current; starting another ends it and keeps its history.
/// </summary>
public sealed class Enrolment : IOwnedByMember
{
    public static class Messages
    {
        public const string AlreadyPaused = "The schedule is already paused.";
        public const string NotPaused = "The schedule is not paused, so there is nothing to resume.";
        public const string Finished = "This schedule is finished.";
        public const string PausedCannotMark = "The schedule is paused. Resume it to mark days done.";
        public const string NotDue = "Only today and missed days can be marked done.";
        public const string RestDay = "That is a rest day: there is nothing to mark.";
        public const string NothingMissed = "No day is missed, so there is nothing to shift.";
        public const string NoSuchDay = "Your schedule has no day on that date.";
    }

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public Guid ScheduleId { get; init; }

    public Schedule? Schedule { get; init; }

    /// <summary>The schedule's title when the member started; shown in the history if it is renamed.</summary>
    public string Title { get; init; } = "";

    /// <summary>The <see cref="Schedule.Version"/> the plan was copied from.</summary>
    public int PlanVersion { get; init; }

    public DateOnly StartDate { get; init; }

    public DateTime StartedAtUtc { get; init; }

    /// <summary>The member's date when they paused; null while the plan runs.</summary>
    public DateOnly? PausedOn { get; private set; }

    /// <summary>When the member switched to another schedule; null for the current one.</summary>
    public DateTime? EndedAtUtc { get; set; }

    public List<EnrolmentDay> Days { get; init; } = [];

    public bool IsPaused => PausedOn is not null;

    /// <summary>Starts <paramref name="schedule"/> (with its days loaded) on <paramref name="startDate"/>: day 1 of week 1 is that date.</summary>
    public static Enrolment Start(Guid memberId, Schedule schedule, DateOnly startDate, DateTime nowUtc)
    {
        var enrolment = new Enrolment
        {
            MemberId = memberId,
            ScheduleId = schedule.Id,
            Title = schedule.Title,
            PlanVersion = schedule.Version,
            StartDate = startDate,
            StartedAtUtc = nowUtc,
        };
        var days = schedule.Days.ToDictionary(d => d.Index);
        for (var index = 0; index < schedule.Weeks * Schedule.DaysPerWeek; index++)
        {
            var day = days.GetValueOrDefault(index);
            enrolment.Days.Add(new EnrolmentDay
            {
                EnrolmentId = enrolment.Id,
                Index = index,
                Date = startDate.AddDays(index),
                WorkoutIds = [.. day?.WorkoutIds ?? []],
                Note = day?.Note,
            });
        }
        return enrolment;
    }

    public DayState StateOf(EnrolmentDay day, DateOnly today) => day switch
    {
        { IsRest: true } => DayState.Rest,
        { DoneAtUtc: not null } => DayState.Done,
        _ when PausedOn is { } paused && day.Date >= paused => DayState.Paused,
        _ when day.Date < today => DayState.Missed,
        _ when day.Date == today => DayState.Today,
        _ => DayState.Upcoming,
    };

    /// <summary>Every day is behind the member: done, rest or missed, and none is waiting.</summary>
    public bool IsFinishedOn(DateOnly today) => !IsPaused && Days.All(d => d.Date < today || d.IsRest || d.DoneAtUtc is not null);

    public EnrolmentDay? DayOn(DateOnly date) => Days.FirstOrDefault(d => d.Date == date);

    /// <summary>Freezes the plan on <paramref name="today"/>: nothing from today on becomes missed until it resumes.</summary>
    public Result<Done> Pause(DateOnly today)
    {
        if (IsPaused)
        {
            return Result.Forbidden(Messages.AlreadyPaused);
        }
        if (IsFinishedOn(today))
        {
            return Result.Forbidden(Messages.Finished);
        }
        PausedOn = today;
        return Result.Ok();
    }

    /// <summary>
    /// Moves every day that was waiting when the plan paused on by the days it stood still, so nothing
    /// done is lost and nothing is skipped: a plan paused on Tuesday and resumed on Friday does
    /// Tuesday's day on Friday. The plan stands still from its first waiting day: paused on Tuesday
    /// evening with Tuesday done, it does Wednesday's day on Friday.
    /// </summary>
    public Result<Done> Resume(DateOnly today)
    {
        if (PausedOn is not { } paused)
        {
            return Result.Forbidden(Messages.NotPaused);
        }
        var firstWaiting = Days.Where(d => d.DoneAtUtc is null && d.Date >= paused).Select(d => (DateOnly?)d.Date).Min() ?? paused;
        var stoodStill = firstWaiting > paused ? firstWaiting : paused;
        MoveWaitingDays(from: paused, by: Math.Max(0, today.DayNumber - stoodStill.DayNumber));
        PausedOn = null;
        return Result.Ok();
    }

    /// <summary>
    /// "Shift the rest of the plan": the first missed day becomes today (tomorrow, when today's day is
    /// already done) and every day after it moves by as much, so missed days are done late instead of left out.
    /// </summary>
    public Result<Done> ShiftRest(DateOnly today)
    {
        if (IsPaused)
        {
            return Result.Forbidden(Messages.PausedCannotMark);
        }
        var firstMissed = Days.Where(d => StateOf(d, today) == DayState.Missed).MinBy(d => d.Date);
        if (firstMissed is null)
        {
            return Result.Forbidden(Messages.NothingMissed);
        }
        // Done days are on or before today; the moved days must land after every one of them.
        var target = Days.Any(d => d.DoneAtUtc is not null && d.Date == today) ? today.AddDays(1) : today;
        MoveWaitingDays(from: firstMissed.Date, by: target.DayNumber - firstMissed.Date.DayNumber);
        return Result.Ok();
    }

    /// <summary>Marks the day on <paramref name="date"/> done (<paramref name="done"/> false takes it back).</summary>
    public Result<EnrolmentDay> MarkDone(DateOnly date, bool done, DateOnly today, DateTime nowUtc)
    {
        if (DayOn(date) is not { } day)
        {
            return Result.NotFound(Messages.NoSuchDay);
        }
        if (IsPaused)
        {
            return Result.Forbidden(Messages.PausedCannotMark);
        }
        if (day.IsRest)
        {
            return Result.Forbidden(Messages.RestDay);
        }
        if (day.Date > today)
        {
            return Result.Forbidden(Messages.NotDue);
        }
        day.DoneAtUtc = done ? day.DoneAtUtc ?? nowUtc : null;
        if (!done)
        {
            day.CompletedWorkoutIds = [];
        }
        return Result.Ok(day);
    }

    /// <summary>
    /// The player finished <paramref name="workoutId"/> today: ticks it on today's day, and the day is
    /// done once each of its workouts is. False when today has no such workout to tick.
    /// </summary>
    public bool WorkoutCompleted(Guid workoutId, DateOnly today, DateTime nowUtc)
    {
        if (IsPaused || DayOn(today) is not { DoneAtUtc: null } day || !day.WorkoutIds.Contains(workoutId))
        {
            return false;
        }
        if (!day.CompletedWorkoutIds.Contains(workoutId))
        {
            day.CompletedWorkoutIds = [.. day.CompletedWorkoutIds, workoutId];
        }
        if (day.WorkoutIds.All(day.CompletedWorkoutIds.Contains))
        {
            day.DoneAtUtc = nowUtc;
        }
        return true;
    }

    /// <summary>Week (1-based) the member is in on <paramref name="today"/>: the week of the first day still waiting, else the last.</summary>
    public int CurrentWeek(DateOnly today)
    {
        var next = Days.Where(d => d.Date >= today || StateOf(d, today) == DayState.Paused).MinBy(d => d.Index);
        return ((next?.Index ?? Days.Count - 1) / Schedule.DaysPerWeek) + 1;
    }

    public int Weeks => (Days.Count + Schedule.DaysPerWeek - 1) / Schedule.DaysPerWeek;

    private void MoveWaitingDays(DateOnly from, int by)
    {
        foreach (var day in Days.Where(d => d.DoneAtUtc is null && d.Date >= from))
        {
            day.Date = day.Date.AddDays(by);
            // A day moved to a later date is a new day to be reminded of.
            day.RemindedAtUtc = null;
        }
    }
}

/// <summary>One day of a member's copy of the plan, on its date.</summary>
public sealed class EnrolmentDay
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; init; }

    public int Index { get; init; }

    public DateOnly Date { get; set; }

    public List<Guid> WorkoutIds { get; init; } = [];

    /// <summary>The day's workouts the player has finished; the day is done once it holds all of them.</summary>
    public List<Guid> CompletedWorkoutIds { get; set; } = [];

    public string? Note { get; init; }

    public DateTime? DoneAtUtc { get; set; }

    /// <summary>When the morning reminder for this day was claimed for sending (at most one per day).</summary>
    public DateTime? RemindedAtUtc { get; set; }

    public bool IsRest => WorkoutIds.Count == 0;

    public int Week => (Index / Schedule.DaysPerWeek) + 1;
}

public enum DayState
{
    Rest,
    Done,
    Missed,
    Today,
    Upcoming,
    Paused,
}
