using System.Net;
using Limber.Features.Schedules;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Schedules;

/// <summary>Editors build schedules in /admin/schedules: the plan grid, its buttons (move a day, copy a week), drafts and errors.</summary>
public sealed class ManagingSchedulesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Editor_BuildsAPlan_CopiesAWeek_MovesADay_AndPublishes()
    {
        var core = await app.GivenWorkoutAsync(title: "Editor egret core");
        var stretch = await app.GivenWorkoutAsync(title: "Editor egret stretch");
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/schedules/edit")).Form();
        var typed = new Dictionary<string, string>
        {
            ["Input.Title"] = "Egret fortnight",
            ["Input.Summary"] = "Two weeks of egret moves.",
            ["Input.Days[0].Workouts[0]"] = core.Id.ToString(),
            ["Input.Days[0].Workouts[1]"] = stretch.Id.ToString(),
            ["Input.Days[0].Note"] = "Easy day: keep the angle at 20°",
            ["Input.Days[2].Workouts[0]"] = stretch.Id.ToString(),
            ["command"] = "copy:1",
        };

        var copied = await Html.ParseAsync(await editor.SubmitAsync(form, typed, form.Button("Copy week 1 to week 2")));

        Assert.Equal(2, copied.QuerySelectorAll("[data-test=plan-editor-week]").Length);
        Assert.Equal("Egret fortnight", copied.QuerySelector("input[name='Input.Title']")!.GetAttribute("value")); // nothing typed is lost
        Assert.Equal(core.Id.ToString(), Selected(copied, "Input.Days[7].Workouts[0]"));
        Assert.Equal("Easy day: keep the angle at 20°", copied.QuerySelector("input[name='Input.Days[7].Note']")!.GetAttribute("value"));
        var again = copied.Form("main form[method=post]");
        var moved = await Html.ParseAsync(await editor.SubmitAsync(again, new Dictionary<string, string> { ["command"] = "down:2" },
            again.Button("↓")));
        Assert.Equal("", Selected(moved, "Input.Days[2].Workouts[0]"));
        Assert.Equal(stretch.Id.ToString(), Selected(moved, "Input.Days[3].Workouts[0]"));

        var save = moved.Form("main form[method=post]");
        var saved = await editor.SubmitAsync(save, new Dictionary<string, string> { ["Input.Published"] = "true" }, save.Button("Save schedule"));

        Assert.StartsWith("/admin/schedules/edit/", saved.Location());
        var schedule = await app.WithDbAsync(db => db.Schedules.Include(s => s.Days).SingleAsync(s => s.Title == "Egret fortnight"));
        Assert.Equal("egret-fortnight", schedule.Slug);
        Assert.Equal(2, schedule.Weeks);
        Assert.Equal([0, 3, 7, 9], schedule.Days.OrderBy(d => d.Index).Select(d => d.Index));
        Assert.Equal([core.Id, stretch.Id], schedule.Days.Single(d => d.Index == 7).WorkoutIds);
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/schedules/egret-fortnight");
        Assert.Contains("Easy day: keep the angle at 20°", page.Text("main"));
        Assert.Contains("Egret fortnight", (await app.CreateClient(signedInAs: null).GetDocumentAsync("/schedules")).Text("main"));
    }

    [Fact]
    public async Task RefusedSave_SaysWhatToFix_AndKeepsThePlan_AndDraftsStayHidden()
    {
        var workout = await app.GivenWorkoutAsync();
        var existing = await app.GivenScheduleAsync(workout);
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/schedules/edit")).Form();

        var taken = await Html.ParseAsync(await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Clashing plan",
            ["Input.Slug"] = existing.Slug,
            ["Input.Days[4].Workouts[0]"] = workout.Id.ToString(),
        }, form.Button("Save schedule")));
        Assert.Equal(SaveSchedule.Messages.SlugTaken, taken.FieldError("Input.Slug"));
        Assert.Equal(workout.Id.ToString(), Selected(taken, "Input.Days[4].Workouts[0]"));

        var empty = await Html.ParseAsync(await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Empty plan",
            ["Input.Published"] = "true",
        }, form.Button("Save schedule")));
        Assert.Equal(SaveSchedule.Messages.EmptyPlan, empty.FieldError("Input.Days"));

        var unknown = await Html.ParseAsync(await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Ghost plan",
            ["Input.Days[0].Workouts[0]"] = Guid.NewGuid().ToString(),
        }, form.Button("Save schedule")));
        Assert.Equal(SaveSchedule.Messages.UnknownWorkout, unknown.FieldError("Input.Days"));

        var draft = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Drafty dunlin plan" }, form.Button("Save schedule"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(signedInAs: null).GetAsync("/schedules/drafty-dunlin-plan")).StatusCode);
        Assert.Contains("Draft", (await editor.GetDocumentAsync("/admin/schedules")).Text("main"));
    }

    [Fact]
    public async Task OnlyStaff_OpenTheEditor()
    {
        var member = app.CreateClient(await app.GivenMemberAsync());
        Assert.Contains("/account/access-denied", (await member.GetAsync("/admin/schedules")).Location());
        Assert.Contains("/account/access-denied", (await member.GetAsync("/admin/schedules/edit")).Location());
        Assert.Contains("/account/login", (await app.CreateClient(signedInAs: null).GetAsync("/admin/schedules/edit")).Location());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient(await app.GivenEditorAsync()).GetAsync($"/admin/schedules/edit/{Guid.NewGuid()}")).StatusCode);
    }

    private static string? Selected(AngleSharp.Dom.IDocument page, string name) =>
        (page.QuerySelector($"select[name='{name}']") as AngleSharp.Html.Dom.IHtmlSelectElement)?.Value;
}
