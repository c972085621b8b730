using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.Favorites;
using Limber.Features.Notifications;
using Limber.Features.Workouts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// A member's own lists in the API: the paged shape of design.md, only the owner's rows, 401 for a
/// visitor and 400 naming the bad parameter for a malformed page.
/// </summary>
public sealed class MyListsTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Lists => ["/api/v1/me/notifications", "/api/v1/me/favorites", "/api/v1/me/workout-sessions"];

    /// <summary>Three rows of each list for a new member.</summary>
    private async Task<Features.Accounts.AppUser> GivenMemberWithThreeOfEachAsync()
    {
        var member = await app.GivenMemberAsync();
        var workouts = new List<Workout>();
        for (var i = 0; i < 3; i++)
        {
            workouts.Add(await app.GivenWorkoutAsync());
        }
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                var at = app.Now.AddMinutes(i);
                db.Notifications.Add(new Notification { RecipientId = member.Id, Link = "/", ActorName = "Someone", TargetKind = "article", TargetTitle = "A title", Excerpt = $"Reply {i}", CreatedAtUtc = at });
                db.Favorites.Add(new Favorite { MemberId = member.Id, Kind = "workout", TargetId = workouts[i].Id, CreatedAtUtc = at });
                db.WorkoutSessions.Add(new WorkoutSession { MemberId = member.Id, WorkoutId = workouts[i].Id, StartedAtUtc = at.AddMinutes(-10), FinishedAtUtc = at, SecondsDone = 600 });
            }
            return await db.SaveChangesAsync();
        });
        return member;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task TheOwner_GetsTheirRowsPaged(string list)
    {
        var client = app.CreateClient(await GivenMemberWithThreeOfEachAsync());

        var first = await client.GetFromJsonAsync<JsonElement>($"{list}?pageSize=2");
        var second = await client.GetFromJsonAsync<JsonElement>($"{list}?page=2&pageSize=2");

        Assert.Equal((2, 1, 2, 3), (first.GetProperty("items").GetArrayLength(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("total").GetInt32()));
        Assert.Equal((1, 2, 3), (second.GetProperty("items").GetArrayLength(), second.GetProperty("page").GetInt32(), second.GetProperty("total").GetInt32()));
        var defaults = await client.GetFromJsonAsync<JsonElement>(list);
        Assert.Equal((3, 1, 20), (defaults.GetProperty("items").GetArrayLength(), defaults.GetProperty("page").GetInt32(), defaults.GetProperty("pageSize").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AnotherMember_SeesNoneOfThem(string list)
    {
        await GivenMemberWithThreeOfEachAsync();

        var theirs = await app.CreateClient(await app.GivenMemberAsync()).GetFromJsonAsync<JsonElement>(list);

        Assert.Equal((0, 0), (theirs.GetProperty("items").GetArrayLength(), theirs.GetProperty("total").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AVisitor_Is401(string list) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).GetAsync(list)).StatusCode);

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AMalformedPage_Is400NamingTheParameter(string list)
    {
        var client = app.CreateClient(await app.GivenMemberAsync());

        var badPage = await client.GetAsync($"{list}?page=zero");
        var badSize = await client.GetAsync($"{list}?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.True((await badPage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("page", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badSize.StatusCode);
        Assert.True((await badSize.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pageSize", out _));
    }
}
