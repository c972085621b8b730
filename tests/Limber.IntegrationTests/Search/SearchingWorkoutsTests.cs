using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Search;

/// <summary>Issue 16: search covers workouts too, and shows the results grouped by kind (on FTS5 and tsvector alike).</summary>
public sealed class SearchingWorkoutsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<IHtmlDocument> SearchAsync(string query) =>
        app.CreateClient(signedInAs: null).GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

    private Task<int> DescribeAsync(Guid workoutId, string description) => app.WithDbAsync(async db =>
        await db.Workouts.Where(w => w.Id == workoutId).ExecuteUpdateAsync(s => s.SetProperty(w => w.DescriptionMarkdown, description)));

    [Fact]
    public async Task Search_WordInAWorkoutsDescription_FindsItUnderWorkouts()
    {
        var workout = await app.GivenWorkoutAsync();
        await DescribeAsync(workout.Id, "Slow circles for the capybaraspine.");

        var page = await SearchAsync("capybaraspine");

        Assert.Equal("1 workout matches “capybaraspine”.", page.Text(".result-count"));
        Assert.Equal("Workouts (1)", page.Text("[data-test=results-workouts] h2"));
        Assert.NotNull(page.QuerySelector($"[data-test=results-workouts] a[href='/workouts/{workout.Slug}']"));
        Assert.Null(page.QuerySelector("[data-test=results-articles]"));
    }

    [Fact]
    public async Task Search_ArticlesAndWorkouts_AreGroupedByKind_ArticlesFirst()
    {
        var article = await app.GivenArticleAsync(title: "The ocelotbridge explained");
        var first = await app.GivenWorkoutAsync(title: "Ocelotbridge basics");
        var second = await app.GivenWorkoutAsync(title: "Ocelotbridge for the advanced");

        var page = await SearchAsync("ocelotbridge");

        Assert.Equal("1 article and 2 workouts match “ocelotbridge”.", page.Text(".result-count"));
        var groups = page.QuerySelectorAll("section.search-group h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Articles (1)", "Workouts (2)"], groups);
        Assert.Equal([article.Title], page.QuerySelectorAll("[data-test=results-articles] .card-title").Select(t => t.TextContent.Trim()));
        Assert.Equal([first.Title, second.Title], page.QuerySelectorAll("[data-test=results-workouts] .card-title").Select(t => t.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task Search_UnpublishedWorkout_IsNotFound()
    {
        var workout = await app.GivenWorkoutAsync(title: "Hidden tapirtwist");
        await app.WithDbAsync(db => db.Workouts.Where(w => w.Id == workout.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Published, false)));

        Assert.StartsWith("Nothing matches", (await SearchAsync("tapirtwist")).Text(".result-count"));
    }

    [Fact]
    public async Task Search_OneKind_PagesThatGroupAlone()
    {
        for (var i = 0; i < Features.Search.IndexModel.PageSize + 1; i++)
        {
            await app.GivenWorkoutAsync(title: $"Pagedheron session {i}");
        }
        await app.GivenArticleAsync(title: "Pagedheron in writing");
        var client = app.CreateClient(signedInAs: null);

        var all = await client.GetDocumentAsync("/search?q=pagedheron");
        var more = all.QuerySelector("[data-test=results-workouts] nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(more);

        Assert.Equal("/search?q=pagedheron&kind=workouts&page=2", more);
        Assert.Equal("Page 2 of 2", second.Text("[data-test=results-workouts] nav.pager span"));
        Assert.Single(second.QuerySelectorAll("[data-test=results-workouts] .card-title"));
        Assert.Null(second.QuerySelector("[data-test=results-articles]"));
        Assert.Equal("11 workouts match “pagedheron”.", second.Text(".result-count"));
    }
}
