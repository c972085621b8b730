using System.Net;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>"Log this meal" on a recipe puts a serving in the journal, with the recipe's nutrition; only recipes the member may read.</summary>
public sealed class RecipeMealTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LogThisMeal_AddsOneServingToToday_AndTheTotalsChange()
    {
        var recipe = await app.GivenEggsOnToastAsync();
        var member = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync($"/recipes/{recipe.Slug}");

        var logged = await client.SubmitAsync(page.Form("form[action*='handler=Recipe']"), submitter: page.Form("form[action*='handler=Recipe']").Button("Log this meal"));

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal("/journal/2026-01-15", logged.Location());
        var day = await client.GetDocumentAsync(logged.Location()!);
        Assert.Contains("Eggs on toast", day.Text("[data-test=totals] ~ *, main"));
        Assert.Equal("203", day.Text("[data-test=total-energy] [data-test=value]"));
        Assert.Equal("10", day.Text("[data-test=total-protein] [data-test=value]"));
        // 09:00 UTC on the test clock: breakfast.
        Assert.Contains("Eggs on toast", day.Text("[data-test=meal-Breakfast]"));
    }

    [Fact]
    public async Task Api_LogsServingsOfARecipe_FromItsNutrition()
    {
        var recipe = await app.GivenEggsOnToastAsync();
        var member = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(member);
        var token = await client.CsrfTokenAsync();

        var created = await client.SendJsonAsync(token, HttpMethod.Post, "/api/v1/me/journal/2026-01-14/entries", new { recipeId = recipe.Id, servings = 2, meal = "dinner" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("recipe", entry.GetProperty("kind").GetString());
        Assert.Equal(406.09, entry.GetProperty("nutrients").GetProperty("energyKcal").GetDouble(), 1);
    }

    [Fact]
    public async Task DraftsAndPremiumRecipesForMembersWithoutAccess_AreNotLogged()
    {
        var draft = await app.GivenEggsOnToastAsync(published: false);
        var premium = await app.GivenEggsOnToastAsync(Visibility.Premium);
        var member = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(member);
        var token = await client.CsrfTokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendJsonAsync(token, HttpMethod.Post, "/api/v1/me/journal/2026-01-15/entries",
            new { recipeId = draft.Id, servings = 1, meal = "lunch" })).StatusCode);

        // A free member has no journal at all: the gate answers before the recipe is looked up.
        var free = app.CreateClient(await app.GivenMemberAsync());
        var freeToken = await free.CsrfTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await free.SendJsonAsync(freeToken, HttpMethod.Post, "/api/v1/me/journal/2026-01-15/entries",
            new { recipeId = premium.Id, servings = 1, meal = "lunch" })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.RecipeId == draft.Id || e.RecipeId == premium.Id)));
    }
}
