using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.Schedules;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Schedules;

/// <summary>The schedules API: the same use cases as the pages, the same rules, answered as JSON.</summary>
public sealed class SchedulesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ListAndGet_ShowOutlinesAndPlans_NeverIntervals_AndNotDrafts()
    {
        var workout = await app.GivenWorkoutAsync(Visibility.Premium, title: "Api auk core");
        var schedule = await app.GivenScheduleAsync(workout, Visibility.Premium, title: "Api auk plan", weeks: 3);
        var draft = await app.GivenScheduleAsync(workout, title: "Draft auk plan", published: false);
        var client = app.CreateClient(signedInAs: null);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/schedules");
        var item = list.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == schedule.Slug);
        Assert.Equal(3, item.GetProperty("weeks").GetInt32());
        Assert.Equal(5, item.GetProperty("daysPerWeek").GetInt32());
        Assert.Equal("premium", item.GetProperty("visibility").GetString());
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("slug").GetString() == draft.Slug);

        var response = await client.GetAsync($"/api/v1/schedules/{schedule.Slug}");
        var body = await response.Content.ReadAsStringAsync();
        var plan = JsonDocument.Parse(body).RootElement;
        Assert.False(plan.GetProperty("canFollow").GetBoolean());
        Assert.Equal(3, plan.GetProperty("plan").GetArrayLength());
        var monday = plan.GetProperty("plan")[0].GetProperty("days")[0];
        Assert.Equal("Api auk core", monday.GetProperty("workouts")[0].GetProperty("title").GetString());
        Assert.True(plan.GetProperty("plan")[0].GetProperty("days")[6].GetProperty("rest").GetBoolean());
        Assert.DoesNotContain("Secret move", body);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/schedules/{draft.Slug}")).StatusCode);
    }

    [Fact]
    public async Task StartPauseResumeAndMark_FollowTheRules()
    {
        var member = await app.GivenMemberAsync();
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), workoutDays: [1, 2, 3, 4, 5, 6, 7]);
        var client = app.CreateClient(member);
        var token = await TokenAsync(client);
        var today = app.Today();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/me/schedule")).StatusCode);
        var past = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule", new { schedule = schedule.Slug, startDate = today.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(StartSchedule.Messages.DateInPast, (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("startDate")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule", new { schedule = "no-such-plan", startDate = today })).StatusCode);

        var started = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule", new { schedule = schedule.Slug, startDate = today });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var mine = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("today", mine.GetProperty("days")[0].GetProperty("state").GetString());

        var marked = await SendAsync(client, token, HttpMethod.Put, $"/api/v1/me/schedule/days/{today:yyyy-MM-dd}", new { done = true });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal(1, (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("done").GetInt32());
        var future = await SendAsync(client, token, HttpMethod.Put, $"/api/v1/me/schedule/days/{today.AddDays(1):yyyy-MM-dd}", new { done = true });
        Assert.Equal(HttpStatusCode.Forbidden, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, token, HttpMethod.Put, "/api/v1/me/schedule/days/tomorrow", new { done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, token, HttpMethod.Put, $"/api/v1/me/schedule/days/{today.AddDays(40):yyyy-MM-dd}", new { done = true })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule/pause", null)).StatusCode);
        var twice = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule/pause", null);
        Assert.Equal(HttpStatusCode.Forbidden, twice.StatusCode);
        Assert.Equal(Enrolment.Messages.AlreadyPaused, (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule/resume", null)).StatusCode);
        var again = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule/resume", null);
        Assert.Equal(Enrolment.Messages.NotPaused, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var shift = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/schedule/shift", null);
        Assert.Equal(Enrolment.Messages.NothingMissed, (await shift.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Writes_NeedSignInAndAnAntiforgeryToken_AndMalformedBodiesAreRefused()
    {
        var anonymous = app.CreateClient(signedInAs: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/schedule")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/schedule/pause", new { })).StatusCode);
        var member = app.CreateClient(await app.GivenMemberAsync());
        var schedule = await app.GivenScheduleAsync(await app.GivenWorkoutAsync());

        var noToken = await member.PostAsJsonAsync("/api/v1/me/schedule", new { schedule = schedule.Slug, startDate = app.Today() });
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var token = await TokenAsync(member);
        var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/schedule") { Content = new StringContent("{\"schedule\": 5, \"startDate\": \"soon\"", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.SendAsync(malformed)).StatusCode);
        var noDate = await SendAsync(member, token, HttpMethod.Post, "/api/v1/me/schedule", new { schedule = schedule.Slug });
        Assert.Equal(StartSchedule.Messages.DateMissing, (await noDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("startDate")[0].GetString());
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return client.SendAsync(request);
    }
}
