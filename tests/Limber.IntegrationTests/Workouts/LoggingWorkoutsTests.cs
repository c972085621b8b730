using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Workouts;

public sealed class LoggingWorkoutsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task MarkComplete_LogsTheSession_AndTheLogShowsMinutesAndStreak()
    {
        var member = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync(title: "Logged lemur", workSeconds: 290, rounds: 2);
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync($"/workouts/{workout.Slug}")).Form("#log-form");

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Rating"] = "4", ["Note"] = "Felt good" });

        Assert.Equal("/account/workouts", response.Location());
        var log = await client.GetDocumentAsync("/account/workouts");
        Assert.Contains("Logged lemur", log.Text("[data-test=workout-history]"));
        Assert.Contains("4/5", log.Text("[data-test=workout-history]"));
        Assert.Equal("10", log.Text("[data-test=minutes-this-week]"));
        Assert.Equal("1", log.Text("[data-test=streak]"));
    }

    [Fact]
    public async Task MarkComplete_BadRatingOrAnonymous_IsRefused()
    {
        var workout = await app.GivenWorkoutAsync();
        var client = app.CreateClient(await app.GivenMemberAsync());
        var form = (await client.GetDocumentAsync($"/workouts/{workout.Slug}")).Form("#log-form");

        var bad = await client.SubmitAsync(form, new Dictionary<string, string> { ["Rating"] = "9" });

        var refused = await Html.ParseAsync(bad);
        Assert.Contains("Rate it from 1 to 5", refused.FieldError("Rating")); // under the field it is about
        Assert.DoesNotContain("Rate it from 1 to 5", refused.QuerySelector(".form-errors")?.TextContent ?? ""); // and said once
        Assert.Null((await app.CreateClient(signedInAs: null).GetDocumentAsync($"/workouts/{workout.Slug}")).QuerySelector("#log-form"));
    }

    [Fact]
    public async Task Api_LogsAndListsOnlyTheMembersOwnSessions_PremiumNeedsAccess()
    {
        var me = await app.GivenMemberAsync();
        var other = await app.GivenMemberAsync();
        var workout = await app.GivenWorkoutAsync();
        var premium = await app.GivenWorkoutAsync(Visibility.Premium);
        var client = app.CreateClient(me);
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        async Task<HttpResponseMessage> LogAsync(string slug, int seconds)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/workout-sessions")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { workout = slug, secondsDone = seconds }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-CSRF-TOKEN", token);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, (await LogAsync(workout.Slug, 600)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await LogAsync(premium.Slug, 600)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await LogAsync(workout.Slug, 0)).StatusCode);
        var badRating = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/workout-sessions")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { workout = workout.Slug, secondsDone = 600, rating = 9 }), Encoding.UTF8, "application/json"),
        };
        badRating.Headers.Add("X-CSRF-TOKEN", token);
        var refused = await (await client.SendAsync(badRating)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["rating"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name)); // not "secondsDone"
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/workout-sessions");
        var theirs = await app.CreateClient(other).GetFromJsonAsync<JsonElement>("/api/v1/me/workout-sessions");
        Assert.Equal(1, mine.GetProperty("items").GetArrayLength());
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).GetAsync("/api/v1/me/workout-sessions")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.WorkoutSessions.CountAsync(s => s.MemberId == me.Id)));
    }

    [Theory]
    [InlineData("/account/workouts")]
    [InlineData("/account/favorites")]
    public async Task OwnerPages_Anonymous_AreSentToLogIn(string path)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
