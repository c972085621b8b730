using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Workouts;

/// <summary>/workouts lists by title with numbers in order, and a card's minutes are the minutes the player runs, rounded up.</summary>
public sealed class LibraryOrderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<List<(string Title, string Minutes)>> CardsAsync(string query)
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/workouts" + query);
        return [.. page.QuerySelectorAll("[data-test=workout-card]").Select(c =>
            (c.QuerySelector(".card-title")!.TextContent.Trim(), c.QuerySelector(".card-meta .tag")!.TextContent.Trim()))];
    }

    [Fact]
    public async Task Library_NumbersInTitlesCompareAsNumbers_OnThePageAndTheApi()
    {
        foreach (var title in new[] { "Zz step 10", "zz step 2", "Zz step 1" })
        {
            await app.GivenWorkoutAsync(title: title);
        }

        var titles = (await CardsAsync("?q=zz+step")).Select(c => c.Title).ToList();
        var api = JsonDocument.Parse(await app.CreateClient(signedInAs: null).GetStringAsync("/api/v1/workouts?q=zz%20step&pageSize=2&page=2")).RootElement;

        Assert.Equal(["Zz step 1", "zz step 2", "Zz step 10"], titles);
        Assert.Equal(3, api.GetProperty("total").GetInt32());
        Assert.Equal("Zz step 10", api.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(200, 2, "7 min", "short")]   // (200 + 10) × 2 = 7 min 0 s
    [InlineData(205, 2, "8 min", "short")]   // 7 min 10 s: rounded up, never less than the player runs
    [InlineData(265, 2, "10 min", "medium")] // 9 min 10 s shows 10 min, so it is not "Under 10 min"
    [InlineData(5, 1, "1 min", "short")]
    public async Task Card_ShowsTheMinutesRoundedUp_AndTheDurationFilterAgrees(int workSeconds, int rounds, string shown, string duration)
    {
        var workout = await app.GivenWorkoutAsync(title: $"Timed {Guid.NewGuid():N}", workSeconds: workSeconds, rounds: rounds);

        Assert.Equal([(workout.Title, shown)], await CardsAsync($"?q={Uri.EscapeDataString(workout.Title)}&duration={duration}"));
        Assert.Equal(shown, (await app.CreateClient(signedInAs: null).GetDocumentAsync($"/workouts/{workout.Slug}")).QuerySelector(".card-meta .tag")!.TextContent.Trim());
    }
}
