using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>The pain diary's API: the same use case as the page, answered as JSON.</summary>
public sealed class PainApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LogListChangeDelete_AnswerCreatedOkAndNoContent()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var token = await TokenAsync(client);

        var created = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/back-care/pain",
            new { area = "lowerBack", score = 4, recordedAt = "2026-01-15T08:30:00+01:00", notes = "Morning" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/me/back-care/pain/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("lowerBack", entry.GetProperty("area").GetString());
        Assert.Equal("2026-01-15T07:30:00Z", entry.GetProperty("recordedAt").GetString());
        var now = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/back-care/pain", new { area = "siJoint", score = 0 });
        Assert.Equal("2026-01-15T09:00:00Z", (await now.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recordedAt").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/pain?pageSize=1");
        Assert.Equal((2, 1, 1), (list.GetProperty("total").GetInt32(), list.GetProperty("page").GetInt32(), list.GetProperty("pageSize").GetInt32()));
        Assert.Equal("siJoint", list.GetProperty("items")[0].GetProperty("area").GetString());

        var changed = await SendAsync(client, token, HttpMethod.Put, $"/api/v1/me/back-care/pain/{id}", new { area = "neck", score = 2, recordedAt = "2026-01-15T07:00:00Z" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stored = await app.WithDbAsync(db => db.PainEntries.SingleAsync(p => p.Id == id));
        Assert.Equal((PainArea.Neck, 2, (string?)null), (stored.Area, stored.Score, stored.Notes));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, token, HttpMethod.Delete, $"/api/v1/me/back-care/pain/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, token, HttpMethod.Delete, $"/api/v1/me/back-care/pain/{id}", null)).StatusCode);
    }

    [Fact]
    public async Task AnotherMembersEntry_IsNotFound_AndLeftAlone()
    {
        var owner = await app.GivenMemberAsync();
        var entry = await app.GivenPainAsync(owner, PainArea.Knees, 7, notes: "Owner only");
        var other = app.CreateClient(await app.GivenMemberAsync());
        var token = await TokenAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, token, HttpMethod.Put, $"/api/v1/me/back-care/pain/{entry.Id}", new { area = "knees", score = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, token, HttpMethod.Delete, $"/api/v1/me/back-care/pain/{entry.Id}", null)).StatusCode);
        var list = await other.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/pain");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(7, (await app.WithDbAsync(db => db.PainEntries.SingleAsync(p => p.Id == entry.Id))).Score);
    }

    [Fact]
    public async Task Anonymous_Is401_AndBadRequestsAre400WithTheField()
    {
        var anonymous = app.CreateClient(signedInAs: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/back-care/pain")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/back-care/insights")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/back-care/pain", new { area = "neck", score = 1 })).StatusCode);
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/me/back-care/pain", new { area = "neck", score = 1 })).StatusCode);
        var token = await TokenAsync(client);
        var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/back-care/pain")
        {
            Content = new StringContent("{\"area\": \"elbow\", \"score\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        malformed.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(malformed)).StatusCode);
        var unknownArea = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/back-care/pain", new { area = "elbow", score = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknownArea.StatusCode);

        var tooHigh = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/back-care/pain",
            new { area = "neck", score = 11, recordedAt = "2026-02-01T00:00:00Z", notes = new string('x', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        var errors = (await tooHigh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(LogPain.Messages.Score, errors.GetProperty("score")[0].GetString());
        Assert.Equal(LogPain.Messages.Future, errors.GetProperty("recordedAt")[0].GetString());
        Assert.Equal(LogPain.Messages.Notes, errors.GetProperty("notes")[0].GetString());
        var noArea = await SendAsync(client, token, HttpMethod.Post, "/api/v1/me/back-care/pain", new { score = 3 });
        Assert.Equal(LogPain.Messages.Area, (await noArea.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("area")[0].GetString());

        var weeks = await client.GetAsync("/api/v1/me/back-care/insights?weeks=5");
        Assert.Equal(HttpStatusCode.BadRequest, weeks.StatusCode);
        Assert.Equal(PainApi.WeeksInvalid, (await weeks.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("weeks")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/me/back-care/pain?page=0")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(p => p.MemberId == member.Id)));
    }

    [Fact]
    public async Task Export_HasThePainDiary_AndDeletingTheAccountErasesIt()
    {
        var member = await app.GivenMemberAsync(password: "correct horse battery");
        await app.GivenPainAsync(member, PainArea.Shoulders, 5, notes: "Exported shoulders");
        var client = app.CreateClient(member);

        var json = JsonDocument.Parse(await (await client.GetAsync("/account/export")).Content.ReadAsStringAsync()).RootElement;
        var pain = json.GetProperty("backCarePain");
        Assert.Equal("Exported shoulders", pain[0].GetProperty("notes").GetString());
        Assert.Equal("shoulders", pain[0].GetProperty("area").GetString());

        var form = (await client.GetDocumentAsync("/account/delete")).Form();
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "correct horse battery" });
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(p => p.MemberId == member.Id)));
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
