using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Workouts;

public sealed class SeriesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_BuildsASeriesInOrder_AndTheSeriesPageShowsProgressAndNextUp()
    {
        var first = await app.GivenWorkoutAsync(title: "Series part one");
        var second = await app.GivenWorkoutAsync(title: "Series part two");
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/series")).Form("main form");

        var saved = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Morning basics",
            ["Input.Published"] = "true",
            [$"Input.Order[{second.Id}]"] = "2",
            [$"Input.Order[{first.Id}]"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var member = await app.GivenMemberAsync();
        await app.WithDbAsync(async db =>
        {
            db.WorkoutSessions.Add(new Limber.Features.Workouts.WorkoutSession { MemberId = member.Id, WorkoutId = first.Id, StartedAtUtc = app.Now.AddMinutes(-5), FinishedAtUtc = app.Now, SecondsDone = 300 });
            return await db.SaveChangesAsync();
        });
        var page = await app.CreateClient(member).GetDocumentAsync("/series/morning-basics");

        Assert.Equal(["Series part one", "Series part two"], page.QuerySelectorAll(".series-list a").Select(a => a.TextContent));
        Assert.Equal("1 of 2 done", page.Text("[data-test=series-progress]"));
        Assert.Equal("Next up: Series part two", page.Text(".page-header .button"));
    }

    [Fact]
    public async Task SeriesAdmin_IsForStaff_AndUnknownSeriesIs404()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient(await app.GivenUserAsync(Roles.Member)).GetAsync("/admin/series")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(await app.GivenEditorAsync()).GetAsync($"/admin/series?id={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(signedInAs: null).GetAsync("/series/nothing-here")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Series.AllAsync(s => s.Slug != "nothing-here")));
    }
}
