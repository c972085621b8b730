using System.Net;
using System.Text.Json;
using Limber.Features.Workouts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Workouts;

public sealed class BrowsingWorkoutsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<List<string>> TitlesAsync(string query) =>
        [.. (await app.CreateClient(signedInAs: null).GetDocumentAsync("/workouts" + query)).QuerySelectorAll("[data-test=workout-card] .card-title").Select(t => t.TextContent.Trim())];

    [Fact]
    public async Task Filters_NarrowTheLibrary()
    {
        var shortOne = await app.GivenWorkoutAsync(title: "Tiny axolotl flow", workSeconds: 20, rounds: 2);
        var longOne = await app.GivenWorkoutAsync(title: "Long axolotl burn", difficulty: Difficulty.Advanced, equipment: "dumbbells", focus: "legs", workSeconds: 600, rounds: 3);
        var premium = await app.GivenWorkoutAsync(Visibility.Premium, title: "Premium axolotl core", focus: "core");

        Assert.Contains(shortOne.Title, await TitlesAsync("?q=axolotl&duration=short"));
        Assert.DoesNotContain(longOne.Title, await TitlesAsync("?q=axolotl&duration=short"));
        Assert.Equal([longOne.Title], await TitlesAsync("?q=axolotl&difficulty=Advanced"));
        Assert.Equal([longOne.Title], await TitlesAsync("?q=axolotl&equipment=dumbbells"));
        Assert.Equal([premium.Title], await TitlesAsync("?q=axolotl&focus=core"));
        Assert.Equal([premium.Title], await TitlesAsync("?q=axolotl&access=premium"));
        Assert.DoesNotContain(premium.Title, await TitlesAsync("?q=axolotl&access=free"));
        Assert.Equal(3, (await TitlesAsync("?q=AXOLOTL&difficulty=nonsense&duration=%00")).Count);
    }

    [Fact]
    public async Task Api_ListsWithFiltersAndPaging_AndValidatesPaging()
    {
        var workout = await app.GivenWorkoutAsync(title: "Api pangolin stretch");
        var client = app.CreateClient(signedInAs: null);

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/workouts?q=pangolin&pageSize=5")).RootElement;

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(workout.Slug, json.GetProperty("items")[0].GetProperty("slug").GetString());
        Assert.Equal("beginner", json.GetProperty("items")[0].GetProperty("difficulty").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/workouts?pageSize=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/workouts/no-such-workout")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/workouts/no-such-workout")).StatusCode);
    }

    public static TheoryData<string?, Visibility, bool> Readers => new()
    {
        { null, Visibility.Public, true },
        { null, Visibility.Members, false },
        { null, Visibility.Premium, false },
        { "member", Visibility.Members, true },
        { "member", Visibility.Premium, false },
        { "editor", Visibility.Premium, true },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Intervals_OnlyForReadersWithAccess_OnThePageAndTheApi(string? role, Visibility visibility, bool canPlay)
    {
        var reader = role is null ? null : await app.GivenUserAsync(role);
        var workout = await app.GivenWorkoutAsync(visibility);
        var secret = "Secret move " + workout.Slug["workout-".Length..];
        var client = app.CreateClient(reader);

        var html = await client.GetStringAsync($"/workouts/{workout.Slug}");
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/workouts/{workout.Slug}")).RootElement;

        Assert.Equal(canPlay, html.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(canPlay, html.Contains("Start workout", StringComparison.Ordinal));
        Assert.Equal(canPlay, api.GetProperty("canPlay").GetBoolean());
        Assert.Equal(canPlay, api.GetProperty("intervals").ValueKind == JsonValueKind.Array);
    }
}
