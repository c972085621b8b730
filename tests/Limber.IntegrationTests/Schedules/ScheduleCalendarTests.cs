using System.Net;
using Ical.Net;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Schedules;

/// <summary>The calendar feed: real iCalendar (parsed back with Ical.Net), moved by pauses, and closed by "Reset calendar link".</summary>
public sealed class ScheduleCalendarTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Feed_HasOneAllDayEventPerWorkoutDay_WithTitleMinutesAndLink()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Calendar crane flow", workSeconds: 290, rounds: 2);
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(workout, weeks: 2), app.Today());
        var client = app.CreateClient(member);
        var link = (await client.GetDocumentAsync("/me/schedule")).QuerySelector("a[data-test=calendar-feed]")!.GetAttribute("href")!;

        var response = await app.CreateClient(signedInAs: null).GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10, calendar.Events.Count);
        var first = calendar.Events.OrderBy(e => e.DtStart!.Value).First();
        Assert.Equal("Calendar crane flow, 10 min", first.Summary);
        Assert.False(first.DtStart!.HasTime);
        Assert.Equal(app.Today(), DateOnly.FromDateTime(first.DtStart.Value));
        Assert.Contains($"/workouts/{workout.Slug}", first.Description);
    }

    [Fact]
    public async Task Feed_FollowsAPause_AndResetCalendarLink_ClosesTheOldOne()
    {
        var member = await app.GivenMemberAsync();
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), workoutDays: [1]), app.Today());
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync("/me/schedule");
        var oldLink = new Uri(page.QuerySelector("a[data-test=calendar-feed]")!.GetAttribute("href")!).PathAndQuery;
        await client.SubmitAsync(page.Form("form[action*='handler=Pause']"));
        app.Clock.Advance(TimeSpan.FromDays(2));
        await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form("form[action*='handler=Resume']"));
        var anonymous = app.CreateClient(signedInAs: null);
        var moved = Calendar.Load(await anonymous.GetStringAsync(oldLink))!;
        Assert.Equal(app.Today(), DateOnly.FromDateTime(moved.Events.Single().DtStart!.Value));

        await client.SubmitAsync((await client.GetDocumentAsync("/me/schedule")).Form("form[action*='handler=ResetCalendar']"));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(oldLink)).StatusCode);
        var newLink = new Uri((await client.GetDocumentAsync("/me/schedule")).QuerySelector("a[data-test=calendar-feed]")!.GetAttribute("href")!).PathAndQuery;
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/me/schedule.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/me/schedule.ics?token=" + new string('a', 43))).StatusCode);
    }
}
