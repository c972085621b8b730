using System.Net;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Limber.IntegrationTests.Security;

namespace Limber.IntegrationTests.Recipes;

/// <summary>
/// A premium recipe's ingredients and steps reach only readers with access, on every surface: the
/// page, its print view, its JSON-LD and the API. Everyone sees the title, summary and nutrition.
/// </summary>
public sealed class RecipeGatingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Readers.Anonymous, false)]
    [InlineData(Readers.Free, false)]
    [InlineData(Readers.Premium, true)]
    [InlineData(Readers.Admin, true)]
    public async Task PremiumRecipe_IngredientsAndSteps_OnlyWithAccess(string reader, bool inFull)
    {
        var recipe = await app.GivenEggsOnToastAsync();
        var client = app.CreateClient(await app.GivenReaderAsync(reader));

        foreach (var url in new[] { $"/recipes/{recipe.Slug}", $"/recipes/{recipe.Slug}?print=true&servings=4" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Equal("Eggs on toast", page.Text("h1"));
            Assert.NotNull(page.QuerySelector("[data-test=nutrition]"));
            Assert.Equal(inFull, page.QuerySelector("[data-test=ingredients]") is not null);
            Assert.Equal(inFull, page.Text("main").Contains("Fry the eggs in the butter", StringComparison.Ordinal));
            var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            Assert.Equal("Recipe", jsonLd.GetProperty("@type").GetString());
            Assert.Equal("203 kcal", jsonLd.GetProperty("nutrition").GetProperty("calories").GetString());
            Assert.False(jsonLd.GetProperty("isAccessibleForFree").GetBoolean());
            Assert.Equal(inFull, jsonLd.TryGetProperty("recipeIngredient", out _));
            Assert.Equal(inFull, jsonLd.TryGetProperty("recipeInstructions", out _));
        }

        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/recipes/{recipe.Slug}")).RootElement;
        Assert.Equal(inFull, api.GetProperty("canRead").GetBoolean());
        Assert.Equal(inFull, api.GetProperty("ingredients").ValueKind == JsonValueKind.Array);
        Assert.Equal(inFull, api.GetProperty("steps").ValueKind == JsonValueKind.Array);
        Assert.Equal(203, api.GetProperty("nutritionPerServing").GetProperty("energyKcal").GetDouble());
        Assert.Equal(!inFull, (await client.GetDocumentAsync($"/recipes/{recipe.Slug}")).QuerySelector("[data-test=join-prompt], [data-test=upgrade-prompt]") is not null);
    }

    [Fact]
    public async Task Drafts_AreNotFound_Anywhere()
    {
        var draft = await app.GivenEggsOnToastAsync(published: false);
        var client = app.CreateClient(await app.GivenReaderAsync(Readers.Premium));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/recipes/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/recipes/{draft.Slug}")).StatusCode);
        Assert.DoesNotContain(draft.Slug, await client.GetStringAsync("/api/v1/recipes?pageSize=100"));
        Assert.DoesNotContain(draft.Slug, await client.GetStringAsync("/recipes"));
    }

    [Fact]
    public async Task List_FiltersByTagAndWords_AndShowsNutrition()
    {
        var recipe = await app.GivenEggsOnToastAsync();
        var client = app.CreateClient(signedInAs: null);

        var byTag = JsonDocument.Parse(await client.GetStringAsync("/api/v1/recipes?tag=high%20protein&pageSize=100")).RootElement;
        var item = byTag.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == recipe.Slug);
        Assert.Equal(203, item.GetProperty("nutritionPerServing").GetProperty("energyKcal").GetDouble());
        Assert.Equal("premium", item.GetProperty("visibility").GetString());
        Assert.DoesNotContain(recipe.Slug, await client.GetStringAsync("/api/v1/recipes?tag=dinner"));
        Assert.Contains(recipe.Slug, await client.GetStringAsync("/recipes?q=ten+minutes"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/recipes?page=0")).StatusCode);
    }

    [Theory]
    [InlineData("1", "1 large eggs", "1½ tsp butter", "1 slice whole-wheat bread")]
    [InlineData("4", "4 large eggs", "2 tbsp butter", "4 slices whole-wheat bread")]
    [InlineData("abc", "2 large eggs", "1 tbsp butter", "2 slices whole-wheat bread")]
    public async Task Scale_ShowsQuantitiesForTheServingsAsked_NutritionStaysPerServing(string servings, string eggs, string butter, string bread)
    {
        var recipe = await app.GivenEggsOnToastAsync(Limber.Features.Memberships.Visibility.Public);
        var client = app.CreateClient(signedInAs: null);
        var page = await client.GetDocumentAsync($"/recipes/{recipe.Slug}?servings={servings}");
        var lines = page.QuerySelectorAll("[data-test=ingredients] li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal([eggs, butter, bread, "Salt, to taste"], lines);
        Assert.StartsWith("203 kcal", page.QuerySelectorAll("[data-test=nutrition] td")[0].TextContent.Trim());
        Assert.Equal(int.TryParse(servings, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "2",
            page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#servings")!.Value);

        if (servings == "1")
        {
            var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/recipes/{recipe.Slug}?servings=1")).RootElement;
            Assert.Equal("1½ tsp butter", api.GetProperty("ingredients")[1].GetProperty("text").GetString());
            Assert.Equal(7.1, api.GetProperty("ingredients")[1].GetProperty("grams").GetDouble());
        }
        else if (servings == "abc")
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/recipes/{recipe.Slug}?servings=abc")).StatusCode);
        }
    }

    [Fact]
    public async Task Recipes_TakeFavoritesAndComments()
    {
        var recipe = await app.GivenEggsOnToastAsync();
        var member = await app.GivenReaderAsync(Readers.Premium);
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync($"/recipes/{recipe.Slug}");
        var toggle = page.Form("form[action*='/favorites']");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(toggle)).StatusCode);
        Assert.Contains("Eggs on toast", (await client.GetDocumentAsync("/account/favorites")).Text("main"));

        var comment = page.Form("#new-comment");
        var posted = await client.SubmitAsync(comment, new Dictionary<string, string> { ["Body"] = "Made this twice this week." });
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, posted.StatusCode.ToString());
        Assert.Contains("Made this twice this week.", (await client.GetDocumentAsync($"/recipes/{recipe.Slug}")).Text("#comments"));
    }
}
