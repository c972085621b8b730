using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>The journal's API: the same use cases as the page, as JSON; Premium only.</summary>
public sealed class JournalApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LogFoodAndQuick_DayTotals_Change_Remove()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        var client = app.CreateClient(member);
        var token = await client.CsrfTokenAsync();

        var created = await client.SendJsonAsync(token, HttpMethod.Post, "/api/v1/me/journal/2026-01-15/entries",
            new { foodId = butter.Id, amount = 1, unit = "tbsp", meal = "breakfast" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/me/journal/2026-01-15/entries/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("breakfast", "food", 14.2), (entry.GetProperty("meal").GetString(), entry.GetProperty("kind").GetString(), entry.GetProperty("grams").GetDouble()));
        Assert.Equal(101.81, entry.GetProperty("nutrients").GetProperty("energyKcal").GetDouble());
        var quick = await client.SendJsonAsync(token, HttpMethod.Post, "/api/v1/me/journal/2026-01-15/entries",
            new { name = "Café latte", energyKcal = 120, protein = 6.5, meal = "snack" });
        Assert.Equal(HttpStatusCode.Created, quick.StatusCode);

        var day = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/journal/2026-01-15/entries");
        Assert.Equal(2, day.GetProperty("entries").GetArrayLength());
        Assert.Equal(221.81, day.GetProperty("totals").GetProperty("energyKcal").GetDouble());
        Assert.Equal(6.62, day.GetProperty("totals").GetProperty("protein").GetDouble());
        Assert.Equal(JsonValueKind.Null, day.GetProperty("goals").ValueKind);

        var changed = await client.SendJsonAsync(token, HttpMethod.Patch, $"/api/v1/me/journal/2026-01-15/entries/{id}", new { amount = 50, unit = "g", meal = "lunch" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((358.5, "lunch"), (after.GetProperty("nutrients").GetProperty("energyKcal").GetDouble(), after.GetProperty("meal").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendJsonAsync(token, HttpMethod.Delete, $"/api/v1/me/journal/2026-01-14/entries/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendJsonAsync(token, HttpMethod.Delete, $"/api/v1/me/journal/2026-01-15/entries/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendJsonAsync(token, HttpMethod.Delete, $"/api/v1/me/journal/2026-01-15/entries/{id}", null)).StatusCode);
    }

    [Fact]
    public async Task MalformedRequests_Are400WithTheField_Or404()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        var foreign = await app.GivenFoodAsync(FoodBuilders.Plain("Someone else's food", owner: (await app.GivenMemberAsync()).Id));
        var client = app.CreateClient(member);
        var token = await client.CsrfTokenAsync();
        async Task<HttpResponseMessage> PostAsync(string date, object body) => await client.SendJsonAsync(token, HttpMethod.Post, $"/api/v1/me/journal/{date}/entries", body);
        async Task<string> ErrorsAsync(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetRawText();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/me/journal/15-01-2026/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("2026-02-30", new { foodId = butter.Id, amount = 10, meal = "lunch" })).StatusCode);
        var zero = await PostAsync("2026-01-15", new { foodId = butter.Id, amount = 0, meal = "lunch" });
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("\"amount\"", await ErrorsAsync(zero));
        var unit = await PostAsync("2026-01-15", new { foodId = butter.Id, amount = 1, unit = "bucket", meal = "lunch" });
        Assert.Contains("\"unit\"", await ErrorsAsync(unit));
        var tooEarly = await PostAsync("1999-12-31", new { foodId = butter.Id, amount = 1, meal = "lunch" });
        Assert.Contains("\"date\"", await ErrorsAsync(tooEarly));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("2026-01-15", new { foodId = butter.Id, amount = 1, meal = "brunch" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("2026-01-15", new { foodId = foreign.Id, amount = 1, meal = "lunch" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("2026-01-15", new { foodId = Guid.NewGuid(), amount = 1, meal = "lunch" })).StatusCode);
        // A recipe that does not exist is not found (RecipeMealTests logs real ones).
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("2026-01-15", new { recipeId = Guid.NewGuid(), servings = 1, meal = "dinner" })).StatusCode);
        var quick = await ErrorsAsync(await PostAsync("2026-01-15", new { name = "", meal = "lunch" }));
        Assert.Contains("\"name\"", quick);
        Assert.Contains("\"energyKcal\"", quick);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/me/journal/2026-01-15/entries", new { name = "No token", energyKcal = 1, meal = "lunch" })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.MemberId == member.Id)));
    }

    [Fact]
    public async Task AnotherMembersEntry_IsNotFound_AndLeftAlone()
    {
        var owner = await app.GivenPremiumMemberAsync();
        var entry = await app.GivenEntryAsync(owner, await app.GivenButterAsync(), app.Today(), 30);
        var other = app.CreateClient(await app.GivenPremiumMemberAsync());
        var token = await other.CsrfTokenAsync();
        var path = $"/api/v1/me/journal/{app.Today():yyyy-MM-dd}/entries";

        Assert.Equal(HttpStatusCode.NotFound, (await other.SendJsonAsync(token, HttpMethod.Patch, $"{path}/{entry.Id}", new { amount = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendJsonAsync(token, HttpMethod.Delete, $"{path}/{entry.Id}", null)).StatusCode);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>(path)).GetProperty("entries").GetArrayLength());
        Assert.Equal(30, (await app.WithDbAsync(db => db.JournalEntries.SingleAsync(e => e.Id == entry.Id))).Amount);
    }

    [Fact]
    public async Task Goals_SaveValidateAndRead()
    {
        var client = app.CreateClient(await app.GivenPremiumMemberAsync());
        var token = await client.CsrfTokenAsync();

        var bad = await client.SendJsonAsync(token, HttpMethod.Put, "/api/v1/me/journal/goals", new { energyKcal = 100, protein = -1, fibre = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("energyKcal", out _) && errors.TryGetProperty("protein", out _) && !errors.TryGetProperty("fibre", out _));
        var saved = await client.SendJsonAsync(token, HttpMethod.Put, "/api/v1/me/journal/goals", new { energyKcal = 2100, protein = 120, fibre = 30 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var goals = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/journal/goals");
        Assert.Equal((2100, 120, 30), (goals.GetProperty("energyKcal").GetDouble(), goals.GetProperty("protein").GetDouble(), goals.GetProperty("fibre").GetDouble()));
        Assert.Equal(JsonValueKind.Null, goals.GetProperty("fat").ValueKind);
    }

    [Fact]
    public async Task FoodSearch_IsPublic_WithPortions()
    {
        var butter = await app.GivenButterAsync();

        var found = await app.CreateClient(signedInAs: null).GetFromJsonAsync<JsonElement>("/api/v1/foods?q=butter salted&take=50");

        var item = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == butter.Id);
        Assert.Equal(717, item.GetProperty("energyKcal").GetDouble());
        Assert.Equal("tbsp", item.GetProperty("portions")[1].GetProperty("unit").GetString());
        Assert.Equal("1 tbsp (14.2 g)", item.GetProperty("portions")[1].GetProperty("label").GetString());
    }
}
