using System.Globalization;
using Limber.Features.Schedules;
using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Schedules;

public sealed class EnrolmentTests
{
    private static readonly DateOnly Start = new(2026, 5, 4); // a Monday
    private static readonly DateTime Now = new(2026, 5, 4, 7, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Mobility = Guid.CreateVersion7();
    private static readonly Guid Strength = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    /// <summary>A schedule of <paramref name="weeks"/> weeks with a workout on every day except the <paramref name="rest"/> indexes.</summary>
    private static Schedule Plan(int weeks = 1, params int[] rest)
    {
        var schedule = new Schedule { Title = "Postural reset", Weeks = weeks, Version = 3 };
        schedule.Days.AddRange(Enumerable.Range(0, weeks * Schedule.DaysPerWeek).Where(i => !rest.Contains(i))
            .Select(i => new ScheduleDay { ScheduleId = schedule.Id, Index = i, WorkoutIds = [Mobility] }));
        return schedule;
    }

    private static Enrolment Started(Schedule? schedule = null, DateOnly? on = null) =>
        Enrolment.Start(Member, schedule ?? Plan(), on ?? Start, Now);

    private static DateOnly Day(int offset) => Start.AddDays(offset);

    private static void AssertRefused<T>(Result<T> result, ResultKind kind, string reason) =>
        Assert.Equal((kind, reason), (result.Kind, result.Reason));

    [Fact]
    public void Start_LaysDayIOnTheStartDatePlusI_WithTheSchedulesWorkoutsAndNotes()
    {
        var schedule = new Schedule { Title = "Postural reset", Weeks = 1, Version = 3 };
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 0, WorkoutIds = [Mobility], Note = "Go gently." });
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 1, WorkoutIds = [Mobility, Strength] });
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 3, Note = "Walk instead." });

        var enrolment = Enrolment.Start(Member, schedule, Start, Now);

        Assert.Equal((Member, schedule.Id, "Postural reset", 3, Start, Now), (enrolment.MemberId, enrolment.ScheduleId, enrolment.Title,
            enrolment.PlanVersion, enrolment.StartDate, enrolment.StartedAtUtc));
        Assert.Equal(Enumerable.Range(0, 7), enrolment.Days.Select(d => d.Index));
        Assert.Equal(Enumerable.Range(0, 7).Select(Day), enrolment.Days.Select(d => d.Date));
        Assert.All(enrolment.Days, d => Assert.Equal(enrolment.Id, d.EnrolmentId));
        Assert.Equal([Mobility], enrolment.Days[0].WorkoutIds);
        Assert.Equal("Go gently.", enrolment.Days[0].Note);
        Assert.Equal([Mobility, Strength], enrolment.Days[1].WorkoutIds);
        Assert.True(enrolment.Days[2].IsRest); // a day the schedule does not list is a rest day
        Assert.Equal((true, "Walk instead."), (enrolment.Days[3].IsRest, enrolment.Days[3].Note));
        Assert.False(enrolment.IsPaused);
    }

    [Fact]
    public void Start_TakesACopy_SoLaterEditsOfTheScheduleChangeNothing()
    {
        var schedule = Plan();
        schedule.Days[0].Note = "Before";
        var enrolment = Enrolment.Start(Member, schedule, Start, Now);

        schedule.Days[0].WorkoutIds.Add(Strength);
        schedule.Days[0].Note = "After";
        schedule.Days[1].WorkoutIds = [];
        schedule.Weeks = 2;
        schedule.Days.Add(new ScheduleDay { ScheduleId = schedule.Id, Index = 7, WorkoutIds = [Strength] });

        Assert.Equal([Mobility], enrolment.Days[0].WorkoutIds);
        Assert.Equal("Before", enrolment.Days[0].Note);
        Assert.Equal([Mobility], enrolment.Days[1].WorkoutIds);
        Assert.Equal(7, enrolment.Days.Count);
    }

    [Fact]
    public void StateOf_TellsRestDoneMissedTodayAndUpcoming()
    {
        var enrolment = Started(Plan(rest: [1, 4]));
        var today = Day(3);
        enrolment.Days[0].DoneAtUtc = Now;

        Assert.Equal([DayState.Done, DayState.Rest, DayState.Missed, DayState.Today, DayState.Rest, DayState.Upcoming, DayState.Upcoming],
            enrolment.Days.Select(d => enrolment.StateOf(d, today)));
    }

    [Fact]
    public void StateOf_WhilePaused_DaysFromThePauseOnArePaused_EarlierOnesStayAsTheyWere()
    {
        var enrolment = Started(Plan(rest: [5]));
        enrolment.Days[0].DoneAtUtc = Now;
        Assert.True(enrolment.Pause(Day(2)).Succeeded);

        // Days later, the paused plan still waits: nothing from the pause on becomes missed.
        var today = Day(4);
        Assert.Equal([DayState.Done, DayState.Missed, DayState.Paused, DayState.Paused, DayState.Paused, DayState.Rest, DayState.Paused],
            enrolment.Days.Select(d => enrolment.StateOf(d, today)));
    }

    [Fact]
    public void Pause_Twice_IsRefused()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(1)).Succeeded);

        AssertRefused(enrolment.Pause(Day(2)), ResultKind.Forbidden, Enrolment.Messages.AlreadyPaused);
        Assert.Equal(Day(1), enrolment.PausedOn);
    }

    [Fact]
    public void Resume_WithoutAPause_IsRefused() =>
        AssertRefused(Started().Resume(Day(1)), ResultKind.Forbidden, Enrolment.Messages.NotPaused);

    [Fact]
    public void Pause_AFinishedPlan_IsRefused()
    {
        var enrolment = Started();

        AssertRefused(enrolment.Pause(Day(7)), ResultKind.Forbidden, Enrolment.Messages.Finished);
        Assert.False(enrolment.IsPaused);
    }

    [Fact]
    public void Resume_ThreeDaysLater_MovesEveryWaitingDayFromThePauseOnByThree()
    {
        var enrolment = Started(Plan(rest: [4]));
        enrolment.Days[0].DoneAtUtc = Now;
        enrolment.Days[3].RemindedAtUtc = Now;
        Assert.True(enrolment.Pause(Day(2)).Succeeded);

        Assert.True(enrolment.Resume(Day(5)).Succeeded);

        Assert.False(enrolment.IsPaused);
        Assert.Null(enrolment.PausedOn);
        // Done day 0 and missed day 1 stay; day 2, the one waiting when it paused, is done on the day it resumed.
        Assert.Equal([Day(0), Day(1), Day(5), Day(6), Day(7), Day(8), Day(9)], enrolment.Days.Select(d => d.Date));
        Assert.Null(enrolment.Days[3].RemindedAtUtc); // a moved day is a new day to be reminded of
        Assert.Equal(DayState.Today, enrolment.StateOf(enrolment.Days[2], Day(5)));
        Assert.Equal(DayState.Missed, enrolment.StateOf(enrolment.Days[1], Day(5)));
    }

    [Fact]
    public void Resume_AfterPausingADayAlreadyDone_CountsThePauseFromTheNextDay()
    {
        // Monday done, paused Monday evening, back on Thursday: Tuesday's day is done on Thursday, not Friday.
        var enrolment = Started();
        Assert.True(enrolment.MarkDone(Day(0), true, Day(0), Now).Succeeded);
        Assert.True(enrolment.Pause(Day(0)).Succeeded);

        Assert.True(enrolment.Resume(Day(3)).Succeeded);

        Assert.Equal(Day(0), enrolment.Days[0].Date);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => Day(i + 2)), enrolment.Days.Skip(1).Select(d => d.Date));
        Assert.Equal(DayState.Today, enrolment.StateOf(enrolment.Days[1], Day(3)));
    }

    [Fact]
    public void Resume_OnTheDayItPaused_MovesNothing()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(2)).Succeeded);

        Assert.True(enrolment.Resume(Day(2)).Succeeded);

        Assert.Equal(Enumerable.Range(0, 7).Select(Day), enrolment.Days.Select(d => d.Date));
        Assert.False(enrolment.IsPaused);
    }

    [Fact]
    public void ShiftRest_MovesTheFirstMissedDayToToday_AndEveryLaterDayWithIt()
    {
        var enrolment = Started();
        enrolment.Days[0].DoneAtUtc = Now;

        Assert.True(enrolment.ShiftRest(Day(3)).Succeeded);

        Assert.Equal([Day(0), Day(3), Day(4), Day(5), Day(6), Day(7), Day(8)], enrolment.Days.Select(d => d.Date));
        Assert.Equal(DayState.Today, enrolment.StateOf(enrolment.Days[1], Day(3)));
        Assert.DoesNotContain(enrolment.Days, d => enrolment.StateOf(d, Day(3)) == DayState.Missed);
    }

    [Fact]
    public void ShiftRest_WhenTodaysDayIsAlreadyDone_MovesTheMissedDayToTomorrow()
    {
        var enrolment = Started();
        Assert.True(enrolment.MarkDone(Day(2), done: true, today: Day(2), Now).Succeeded);

        Assert.True(enrolment.ShiftRest(Day(2)).Succeeded);

        Assert.Equal([Day(3), Day(4), Day(2), Day(6), Day(7), Day(8), Day(9)], enrolment.Days.Select(d => d.Date));
        Assert.Equal(enrolment.Days.Count, enrolment.Days.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public void ShiftRest_WithNothingMissed_IsRefused()
    {
        var enrolment = Started(Plan(rest: [1]));
        enrolment.Days[0].DoneAtUtc = Now;

        AssertRefused(enrolment.ShiftRest(Day(2)), ResultKind.Forbidden, Enrolment.Messages.NothingMissed);
        Assert.Equal(Enumerable.Range(0, 7).Select(Day), enrolment.Days.Select(d => d.Date));
    }

    [Fact]
    public void ShiftRest_WhilePaused_IsRefused()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(3)).Succeeded);

        AssertRefused(enrolment.ShiftRest(Day(3)), ResultKind.Forbidden, Enrolment.Messages.PausedCannotMark);
    }

    [Fact]
    public void MarkDone_TodayOrAMissedDay_IsDoneAtNow_AndKeepsTheFirstTime()
    {
        var enrolment = Started();

        Assert.True(enrolment.MarkDone(Day(2), done: true, today: Day(2), Now).Succeeded);
        Assert.True(enrolment.MarkDone(Day(1), done: true, today: Day(2), Now).Succeeded);
        Assert.True(enrolment.MarkDone(Day(2), done: true, today: Day(2), Now.AddHours(1)).Succeeded);

        Assert.Equal(new DateTime?[] { null, Now, Now, null }, enrolment.Days.Take(4).Select(d => d.DoneAtUtc));
        Assert.Equal(DayState.Done, enrolment.StateOf(enrolment.Days[2], Day(2)));
    }

    [Fact]
    public void MarkDone_ADayNotDueYet_IsRefused()
    {
        var enrolment = Started();

        AssertRefused(enrolment.MarkDone(Day(3), done: true, today: Day(2), Now), ResultKind.Forbidden, Enrolment.Messages.NotDue);
        Assert.Null(enrolment.Days[3].DoneAtUtc);
    }

    [Fact]
    public void MarkDone_ARestDay_IsRefused() =>
        AssertRefused(Started(Plan(rest: [1])).MarkDone(Day(1), done: true, today: Day(2), Now), ResultKind.Forbidden, Enrolment.Messages.RestDay);

    [Fact]
    public void MarkDone_ADateWithoutADay_IsNotFound() =>
        AssertRefused(Started().MarkDone(Day(-1), done: true, today: Day(2), Now), ResultKind.NotFound, Enrolment.Messages.NoSuchDay);

    [Fact]
    public void MarkDone_WhilePaused_IsRefused()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(2)).Succeeded);

        AssertRefused(enrolment.MarkDone(Day(1), done: true, today: Day(2), Now), ResultKind.Forbidden, Enrolment.Messages.PausedCannotMark);
    }

    [Fact]
    public void MarkDone_False_TakesTheDayBack_WithItsTickedWorkouts()
    {
        var enrolment = Started(Plan());
        enrolment.Days[2].WorkoutIds.Add(Strength);
        Assert.True(enrolment.WorkoutCompleted(Mobility, Day(2), Now));
        Assert.True(enrolment.WorkoutCompleted(Strength, Day(2), Now));

        Assert.True(enrolment.MarkDone(Day(2), done: false, today: Day(2), Now).Succeeded);

        Assert.Null(enrolment.Days[2].DoneAtUtc);
        Assert.Empty(enrolment.Days[2].CompletedWorkoutIds);
        Assert.Equal(DayState.Today, enrolment.StateOf(enrolment.Days[2], Day(2)));
    }

    [Fact]
    public void WorkoutCompleted_ADayWithTwoWorkouts_IsDoneOnlyOnceBothAre()
    {
        var enrolment = Started();
        enrolment.Days[1].WorkoutIds.Add(Strength);
        var later = Now.AddDays(1).AddHours(2);

        Assert.True(enrolment.WorkoutCompleted(Strength, Day(1), Now.AddDays(1)));
        Assert.Equal([Strength], enrolment.Days[1].CompletedWorkoutIds);
        Assert.Null(enrolment.Days[1].DoneAtUtc);

        Assert.True(enrolment.WorkoutCompleted(Mobility, Day(1), later));
        Assert.Equal(later, enrolment.Days[1].DoneAtUtc);
        Assert.Equal(DayState.Done, enrolment.StateOf(enrolment.Days[1], Day(1)));
    }

    [Fact]
    public void WorkoutCompleted_AWorkoutNotPlannedToday_ChangesNothing()
    {
        var enrolment = Started();
        enrolment.Days[2].WorkoutIds.Add(Strength); // planned, but for tomorrow

        Assert.False(enrolment.WorkoutCompleted(Other, Day(1), Now));
        Assert.False(enrolment.WorkoutCompleted(Strength, Day(1), Now));

        Assert.All(enrolment.Days, d => Assert.Equal((null, 0), (d.DoneAtUtc, d.CompletedWorkoutIds.Count)));
    }

    [Fact]
    public void WorkoutCompleted_WhilePaused_ChangesNothing()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(1)).Succeeded);

        Assert.False(enrolment.WorkoutCompleted(Mobility, Day(1), Now));
        Assert.Null(enrolment.Days[1].DoneAtUtc);
    }

    [Fact]
    public void IsFinishedOn_OnceNoDayIsWaiting()
    {
        var enrolment = Started(Plan(rest: [6]));

        Assert.False(enrolment.IsFinishedOn(Day(5))); // the last workout day is today
        Assert.True(enrolment.MarkDone(Day(5), done: true, today: Day(5), Now).Succeeded);
        Assert.True(enrolment.IsFinishedOn(Day(5))); // the rest day after it waits for nothing
        Assert.True(Started().IsFinishedOn(Day(7))); // missed days are behind the member too
    }

    [Fact]
    public void IsFinishedOn_WhilePaused_IsFalse()
    {
        var enrolment = Started();
        Assert.True(enrolment.Pause(Day(6)).Succeeded);

        Assert.False(enrolment.IsFinishedOn(Day(30)));
    }

    [Fact]
    public void CurrentWeek_IsTheWeekOfTheFirstWaitingDay_ElseTheLast()
    {
        var enrolment = Started(Plan(weeks: 2));

        Assert.Equal(2, enrolment.Weeks);
        Assert.Equal(14, enrolment.Days.Count);
        Assert.Equal(1, enrolment.CurrentWeek(Day(0)));
        Assert.Equal(1, enrolment.CurrentWeek(Day(6)));
        Assert.Equal(2, enrolment.CurrentWeek(Day(7)));
        Assert.Equal(2, enrolment.CurrentWeek(Day(40)));
    }

    [Fact]
    public void CurrentWeek_WhilePaused_StaysOnTheWeekItPausedIn()
    {
        var enrolment = Started(Plan(weeks: 2));
        Assert.True(enrolment.Pause(Day(6)).Succeeded);

        Assert.Equal(1, enrolment.CurrentWeek(Day(10)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(Schedule.MaxWeeks)]
    public void Weeks_CountsTheCopiedWeeks(int weeks) => Assert.Equal(weeks, Started(Plan(weeks)).Weeks);

    [Theory]
    // Paris springs forward on 29 March 2026 at 01:00Z (02:00 CET becomes 03:00 CEST).
    [InlineData("Europe/Paris", "2026-03-28", "2026-03-28T22:30:00Z", "2026-03-28T23:30", 0)]
    [InlineData("Europe/Paris", "2026-03-28", "2026-03-28T23:30:00Z", "2026-03-29T00:30", 1)]
    [InlineData("Europe/Paris", "2026-03-28", "2026-03-29T21:30:00Z", "2026-03-29T23:30", 1)]
    [InlineData("Europe/Paris", "2026-03-28", "2026-03-29T22:30:00Z", "2026-03-30T00:30", 2)]
    // Paris falls back on 25 October 2026 at 01:00Z (03:00 CEST becomes 02:00 CET).
    [InlineData("Europe/Paris", "2026-10-24", "2026-10-24T22:30:00Z", "2026-10-25T00:30", 1)]
    [InlineData("Europe/Paris", "2026-10-24", "2026-10-25T22:30:00Z", "2026-10-25T23:30", 1)]
    [InlineData("Europe/Paris", "2026-10-24", "2026-10-25T23:30:00Z", "2026-10-26T00:30", 2)]
    // New York springs forward on 8 March 2026 at 07:00Z (02:00 EST becomes 03:00 EDT).
    [InlineData("America/New_York", "2026-03-07", "2026-03-08T04:30:00Z", "2026-03-07T23:30", 0)]
    [InlineData("America/New_York", "2026-03-07", "2026-03-08T05:30:00Z", "2026-03-08T00:30", 1)]
    [InlineData("America/New_York", "2026-03-07", "2026-03-09T03:30:00Z", "2026-03-08T23:30", 1)]
    [InlineData("America/New_York", "2026-03-07", "2026-03-09T04:30:00Z", "2026-03-09T00:30", 2)]
    // New York falls back on 1 November 2026 at 06:00Z (02:00 EDT becomes 01:00 EST).
    [InlineData("America/New_York", "2026-10-31", "2026-11-01T03:30:00Z", "2026-10-31T23:30", 0)]
    [InlineData("America/New_York", "2026-10-31", "2026-11-01T04:30:00Z", "2026-11-01T00:30", 1)]
    [InlineData("America/New_York", "2026-10-31", "2026-11-02T04:30:00Z", "2026-11-01T23:30", 1)]
    [InlineData("America/New_York", "2026-10-31", "2026-11-02T05:30:00Z", "2026-11-02T00:30", 2)]
    public void Today_AcrossADaylightSavingChange_IsTheDayOfTheMembersOwnClock(string zoneId, string start, string utc, string local, int dueDay)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var nowUtc = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var enrolment = Enrolment.Start(Member, Plan(), DateOnly.Parse(start, CultureInfo.InvariantCulture), nowUtc.AddDays(-1));

        var today = Times.Today(nowUtc, zone);

        Assert.Equal(DateTime.Parse(local, CultureInfo.InvariantCulture), Times.Local(nowUtc, zone));
        Assert.Equal([dueDay], enrolment.Days.Where(d => enrolment.StateOf(d, today) == DayState.Today).Select(d => d.Index));
        // The player finishing the workout at that instant ticks that day, as ScheduleCompletion decides it.
        Assert.True(enrolment.WorkoutCompleted(Mobility, today, nowUtc));
        Assert.Equal([dueDay], enrolment.Days.Where(d => d.DoneAtUtc is not null).Select(d => d.Index));
    }
}
