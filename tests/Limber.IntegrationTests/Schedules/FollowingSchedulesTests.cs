using System.Net;
using Limber.Features.Memberships;
using Limber.Features.Schedules;
using Limber.IntegrationTests.Infrastructure;
using Limber.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Schedules;

/// <summary>A member starts a schedule from its page and follows it on /me/schedule: the rules the issue pins, through the pages.</summary>
public sealed class FollowingSchedulesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task StartThisSchedule_OnToday_ShowsTodaysWorkoutAndProgress()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Started swallow stretch");
        var schedule = await app.GivenScheduleAsync(workout, title: "Swallow starter plan", weeks: 2);
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync($"/schedules/{schedule.Slug}");
        Assert.Equal(app.Today().ToString("yyyy-MM-dd"), page.QuerySelector("input[name=StartDate]")!.GetAttribute("value"));

        var started = await client.SubmitAsync(page.Form("main form[method=post]"));

        Assert.Equal("/me/schedule", started.Location());
        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("Started swallow stretch", mine.Text("[data-test=today]"));
        Assert.Equal("Week 1 of 2, 0 of 10 workouts done", mine.Text("[data-test=progress]"));
        Assert.Contains("You started “Swallow starter plan”", mine.Text(".flash"));
        Assert.Equal(7, mine.QuerySelectorAll("[data-test=this-week] [data-test=plan-day]").Length);
    }

    [Fact]
    public async Task StartDate_InThePast_IsRefusedWithTheDateKept_AndNothingStarts()
    {
        var member = await app.GivenMemberAsync();
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync());
        var client = app.CreateClient(member);
        var yesterday = app.Today().AddDays(-1).ToString("yyyy-MM-dd");

        var refused = await Html.ParseAsync(await client.SubmitAsync((await client.GetDocumentAsync($"/schedules/{schedule.Slug}")).Form("main form[method=post]"),
            new Dictionary<string, string> { ["StartDate"] = yesterday }));

        Assert.Equal(StartSchedule.Messages.DateInPast, refused.FieldError("StartDate"));
        Assert.Equal(yesterday, refused.QuerySelector("input[name=StartDate]")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.MemberId == member.Id)));
        var garbled = await Html.ParseAsync(await client.SubmitAsync((await client.GetDocumentAsync($"/schedules/{schedule.Slug}")).Form("main form[method=post]"),
            new Dictionary<string, string> { ["StartDate"] = "31/02/2026" }));
        Assert.Equal(StartSchedule.Messages.DateMissing, garbled.FieldError("StartDate"));
    }

    [Fact]
    public async Task DayIsDue_FromMidnightInTheMembersTimeZone()
    {
        // 09:00 UTC on the app clock is 18:00 in Tokyo: starting "today" there is tomorrow in UTC.
        var member = await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, "Asia/Tokyo");
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), workoutDays: [1, 2, 3, 4, 5, 6, 7]);
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync($"/schedules/{schedule.Slug}");
        var tokyoToday = DateOnly.FromDateTime(app.Now.AddHours(9));
        Assert.Equal(tokyoToday.ToString("yyyy-MM-dd"), page.QuerySelector("input[name=StartDate]")!.GetAttribute("min"));

        await client.SubmitAsync(page.Form("main form[method=post]"), new Dictionary<string, string> { ["StartDate"] = tokyoToday.ToString("yyyy-MM-dd") });

        var days = await app.DaysOfAsync(member.Id);
        Assert.Equal(tokyoToday, days[0].Date);
        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Equal("today", mine.QuerySelector($"[data-test=this-week] [data-date='{tokyoToday:yyyy-MM-dd}']")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task PauseTwice_OrResumeWithoutPause_SaysSoClearly()
    {
        var member = await app.GivenMemberAsync();
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(await app.GivenWorkoutAsync()), app.Today());
        var client = app.CreateClient(member);

        var notPaused = await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form("form[action*='handler=Pause']"),
            submitter: null, values: null);
        Assert.Equal("/me/schedule", notPaused.Location());
        var paused = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("Paused", paused.Text(".flash"));
        Assert.NotNull(paused.QuerySelector("form[action*='handler=Resume']"));
        Assert.Null(paused.QuerySelector("form[action*='handler=Pause']"));

        // A second tab still showing "Pause schedule" posts it again.
        var twice = await client.PostAsync("/me/schedule?handler=Pause", await FormWithTokenAsync(client));
        Assert.Equal(HttpStatusCode.Forbidden, twice.StatusCode);
        Assert.Contains(Enrolment.Messages.AlreadyPaused, (await Html.ParseAsync(twice)).Text(".form-errors"));

        await client.SubmitAsync(paused.Form("form[action*='handler=Resume']"));
        var again = await client.PostAsync("/me/schedule?handler=Resume", await FormWithTokenAsync(client));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Contains(Enrolment.Messages.NotPaused, (await Html.ParseAsync(again)).Text(".form-errors"));
    }

    [Fact]
    public async Task Resume_ShiftsEveryRemainingDayByThePausedSpan_KeepingWhatWasDone()
    {
        var member = await app.GivenMemberAsync();
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), workoutDays: [1, 2, 3, 4, 5, 6, 7]);
        var start = app.Today();
        await app.GivenEnrolmentAsync(member, schedule, start);
        var client = app.CreateClient(member);
        await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form($"form[action*='date={start:yyyy-MM-dd}']"));
        await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form("form[action*='handler=Pause']"));

        app.Clock.Advance(TimeSpan.FromDays(3));
        var whilePaused = await client.GetDocumentAsync("/me/schedule");
        Assert.DoesNotContain("missed", whilePaused.QuerySelectorAll("[data-test=plan-day]").Select(d => d.GetAttribute("data-state")));
        await client.SubmitAsync(whilePaused.Form("form[action*='handler=Resume']"));

        var days = await app.DaysOfAsync(member.Id);
        Assert.Equal(start, days[0].Date); // done before the pause: stays
        Assert.NotNull(days[0].DoneAtUtc);
        // Paused after day 1 was done: the plan stood still from day 2, which is done on the day it resumes.
        Assert.Equal(Enumerable.Range(1, 6).Select(i => start.AddDays(i + 2)), days.Skip(1).Select(d => d.Date));
        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Equal("today", mine.QuerySelector($"[data-date='{app.Today():yyyy-MM-dd}']")!.GetAttribute("data-state"));
        Assert.Contains("1 of 7 workouts done", mine.Text("[data-test=progress]"));
    }

    [Fact]
    public async Task MissedDays_StayMissed_UntilShiftTheRestOfThePlan()
    {
        var member = await app.GivenMemberAsync();
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), workoutDays: [1, 2, 3, 4, 5, 6, 7]);
        var start = app.Today();
        await app.GivenEnrolmentAsync(member, schedule, start);
        var client = app.CreateClient(member);
        app.Clock.Advance(TimeSpan.FromDays(2));

        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Equal(["missed", "missed", "today"], mine.QuerySelectorAll("[data-test=this-week] [data-test=plan-day]").Take(3).Select(d => d.GetAttribute("data-state")));
        // A missed day can still be ticked off late.
        Assert.NotNull(mine.QuerySelector($"[data-test=this-week] form[action*='date={start:yyyy-MM-dd}']"));

        await client.SubmitAsync(mine.Form("form[action*='handler=Shift']"));

        var days = await app.DaysOfAsync(member.Id);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => app.Today().AddDays(i)), days.Select(d => d.Date));
        var shifted = await client.GetDocumentAsync("/me/schedule");
        Assert.DoesNotContain("missed", shifted.QuerySelectorAll("[data-test=plan-day]").Select(d => d.GetAttribute("data-state")));
        Assert.Null(shifted.QuerySelector("form[action*='handler=Shift']"));
    }

    [Fact]
    public async Task CompletingTheScheduledWorkoutInThePlayer_MarksTodayDone()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Player-ticked plover");
        var other = await app.GivenWorkoutAsync();
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(workout), app.Today());
        var client = app.CreateClient(member);

        // Another workout is logged but is not today's plan: nothing is ticked.
        await client.SubmitAsync((await client.GetDocumentAsync($"/workouts/{other.Slug}")).Form("#log-form"));
        Assert.Null((await app.DaysOfAsync(member.Id))[0].DoneAtUtc);
        await client.SubmitAsync((await client.GetDocumentAsync($"/workouts/{workout.Slug}")).Form("#log-form"));

        Assert.NotNull((await app.DaysOfAsync(member.Id))[0].DoneAtUtc);
        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("Today is done", mine.Text("[data-test=today]"));
        Assert.Contains("1 of 5 workouts done", mine.Text("[data-test=progress]"));
    }

    [Fact]
    public async Task SwitchingSchedules_KeepsTheOldOnesHistory()
    {
        var member = await app.GivenMemberAsync();
        var first = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), title: "First finch plan");
        var second = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), title: "Second finch plan");
        await app.GivenEnrolmentAsync(member, first, app.Today());
        var client = app.CreateClient(member);
        await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form($"form[action*='date={app.Today():yyyy-MM-dd}']"));
        var page = await client.GetDocumentAsync($"/schedules/{second.Slug}");
        Assert.Contains("You are following “First finch plan”", page.Text(".start-schedule"));

        await client.SubmitAsync(page.Form("main form[method=post]"), new Dictionary<string, string> { ["StartDate"] = app.Today().AddDays(2).ToString("yyyy-MM-dd") });

        var mine = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("Second finch plan", mine.Text(".page-header"));
        Assert.Contains("Your schedule starts on", mine.Text("[data-test=today]"));
        Assert.Contains("First finch plan", mine.Text("[data-test=schedule-history]"));
        Assert.Contains("1 of 5 workouts done", mine.Text("[data-test=schedule-history]"));
        Assert.Equal(2, await app.WithDbAsync(db => db.Enrolments.CountAsync(e => e.MemberId == member.Id)));
    }

    [Fact]
    public async Task AnEditAfterStarting_LeavesTheMembersCopy_WithANoticeOfTheNewerVersion()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Original owl move");
        var schedule = await app.GivenScheduleAsync(workout);
        await app.GivenEnrolmentAsync(member, schedule, app.Today());
        var replacement = await app.GivenWorkoutAsync(title: "Replacement raven move");
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync($"/admin/schedules/edit/{schedule.Id}")).Form();

        var saved = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Days[0].Workouts[0]"] = replacement.Id.ToString() },
            form.Button("Save schedule"));

        Assert.Equal($"/admin/schedules/edit/{schedule.Id}", saved.Location());
        var mine = await app.CreateClient(member).GetDocumentAsync("/me/schedule");
        Assert.Contains("Original owl move", mine.Text("[data-test=today]"));
        Assert.Contains("has updated", mine.Text("[data-test=newer-version]"));
        Assert.Contains("Replacement raven move", (await app.CreateClient(member).GetDocumentAsync($"/schedules/{schedule.Slug}")).Text("[data-test=plan-week]"));
    }

    [Fact]
    public async Task PremiumLapsed_ShowsThePlanButNotTheWorkouts_AndResumesWhenPremiumReturns()
    {
        var member = await app.GivenReaderAsync(Readers.Premium);
        var workout = await app.GivenWorkoutAsync(Visibility.Premium, title: "Gated gannet core");
        var schedule = await app.GivenScheduleAsync(workout, Visibility.Premium, title: "Premium gannet plan");
        var client = app.CreateClient(member);
        await client.SubmitAsync((await client.GetDocumentAsync($"/schedules/{schedule.Slug}")).Form("main form[method=post]"));
        Assert.NotNull((await client.GetDocumentAsync("/me/schedule")).QuerySelector("[data-test=today] a.button[href$='#player']"));

        await app.WithDbAsync(db => db.Memberships.Where(m => m.MemberId == member!.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MembershipStatus.Expired).SetProperty(x => x.CurrentPeriodEndUtc, app.Now.AddDays(-1))));

        var lapsed = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("rejoin Premium", lapsed.Text("[data-test=needs-premium]"));
        Assert.Contains("Gated gannet core", lapsed.Text("[data-test=today]")); // the plan's outline
        Assert.Null(lapsed.QuerySelector("[data-test=today] a.button[href$='#player']"));
        Assert.Empty(lapsed.QuerySelectorAll("form[action*='handler=Done'], form[action*='handler=Pause']"));
        var refused = await client.PostAsync($"/me/schedule?handler=Done&date={app.Today():yyyy-MM-dd}", await FormWithTokenAsync(client));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Secret move", await (await client.GetAsync($"/workouts/{workout.Slug}")).Content.ReadAsStringAsync());

        await app.WithDbAsync(db => db.Memberships.Where(m => m.MemberId == member!.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MembershipStatus.Active).SetProperty(x => x.CurrentPeriodEndUtc, app.Now.AddDays(30))));
        var back = await client.GetDocumentAsync("/me/schedule");
        Assert.Null(back.QuerySelector("[data-test=needs-premium]"));
        Assert.NotNull(back.QuerySelector($"form[action*='date={app.Today():yyyy-MM-dd}']"));
    }

    [Fact]
    public async Task GatedOrAnonymousReaders_CannotStart_AndSeeTheOutline()
    {
        var workout = await app.GivenWorkoutAsync(Visibility.Premium, title: "Outline osprey");
        var schedule = await app.GivenScheduleAsync(workout, Visibility.Premium);
        var free = app.CreateClient(await app.GivenMemberAsync());

        var page = await free.GetDocumentAsync($"/schedules/{schedule.Slug}");
        Assert.Contains("Outline osprey", page.Text("[data-test=plan-week]"));
        Assert.NotNull(page.QuerySelector("[data-test=upgrade-prompt]"));
        Assert.Null(page.QuerySelector("input[name=StartDate]"));
        Assert.DoesNotContain("Secret move", page.Source.Text);
        var forced = await free.PostAsync($"/schedules/{schedule.Slug}", await FormWithTokenAsync(free, ("StartDate", app.Today().ToString("yyyy-MM-dd"))));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Contains(StartSchedule.Messages.NeedsPremium, (await Html.ParseAsync(forced)).Text(".form-errors"));

        var anonymous = app.CreateClient(signedInAs: null);
        Assert.Contains("Register", (await anonymous.GetDocumentAsync($"/schedules/{schedule.Slug}")).Text(".start-schedule"));
        var login = await anonymous.GetAsync("/me/schedule");
        Assert.Contains("/account/login", login.Location());
    }

    [Fact]
    public async Task MyScheduleIsReachable_FromTheAccountMenuAndOverview()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var home = await client.GetDocumentAsync("/account");
        Assert.Contains(home.QuerySelectorAll("a[href='/me/schedule']"), a => a.TextContent.Trim() == "My schedule");

        var empty = await client.GetDocumentAsync("/me/schedule");
        Assert.Contains("You are not following a schedule", empty.Text("main"));
        Assert.NotNull(empty.QuerySelector("main a[href='/schedules']"));
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(await app.GivenWorkoutAsync(title: "Card curlew"), title: "Curlew plan"), app.Today());
        var overview = await client.GetDocumentAsync("/account");
        Assert.Contains("Today: Card curlew", overview.Text("main"));
    }

    private static async Task<FormUrlEncodedContent> FormWithTokenAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }
}
