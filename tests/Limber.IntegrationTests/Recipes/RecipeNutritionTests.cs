using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.Recipes;
using Limber.IntegrationTests.Infrastructure;
using Limber.IntegrationTests.Security;

namespace Limber.IntegrationTests.Recipes;

/// <summary>A recipe's nutrition per serving is computed from its foods, to the gram of the hand-worked SR28 figures.</summary>
public sealed class RecipeNutritionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Fact]
    public async Task NutritionPerServing_MatchesTheHandWorkedFigures_OnThePageAndInTheApi()
    {
        var recipe = await app.GivenEggsOnToastAsync(Visibility.Public);
        var client = app.CreateClient(signedInAs: null);

        var api = (await client.GetFromJsonAsync<RecipeResponse>($"/api/v1/recipes/{recipe.Slug}", Json))!;
        Assert.Equal(203, api.NutritionPerServing.EnergyKcal);
        Assert.Equal(10.3, api.NutritionPerServing.Protein);
        Assert.Equal(11.6, api.NutritionPerServing.Fat);
        Assert.Equal(14.0, api.NutritionPerServing.Carbohydrate);
        Assert.Equal(1.9, api.NutritionPerServing.Fibre);
        Assert.Equal(1, api.NutritionPerServing.Excluded);

        var page = await client.GetDocumentAsync($"/recipes/{recipe.Slug}");
        var rows = page.QuerySelectorAll("[data-test=nutrition] tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.StartsWith("203 kcal", rows["Energy"]);
        Assert.Equal("10.3 g", rows["Protein"]);
        Assert.Equal("14 g", rows["Carbohydrate"]);
        Assert.Equal("11.6 g", rows["Fat"]);
        Assert.Equal("1.9 g", rows["Fibre"]);
        Assert.Equal("Nutrition excludes 1 ingredient.", page.Text("[data-test=nutrition-excludes]"));
    }

    [Fact]
    public async Task EditorPastesLines_SuggestionsAreConfirmed_AndThenCount()
    {
        await app.GivenEggsOnToastAsync(Visibility.Public); // puts the three foods in the table
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/recipes/edit")).Form();
        var saved = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Pasted eggs " + Guid.NewGuid().ToString("N")[..6],
            ["Input.Servings"] = "2",
            ["Input.Ingredients"] = "- 2 large eggs\n- 1 tbsp butter\n- 2 slices whole-wheat bread\n- a pinch of zorblax spice",
            ["Input.Steps"] = "Cook it.",
            ["Input.Visibility"] = ((int)Visibility.Public).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Published"] = "true",
        }, form.Button("Save recipe"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await editor.GetDocumentAsync(saved.Location()!);
        var states = edit.QuerySelectorAll("[data-test=ingredient-row]").Select(r => r.Children[3].TextContent.Trim()).ToList();
        Assert.Equal(["Suggested", "Suggested", "Suggested", "Not linked"], states);
        var slug = edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Slug")!.Value;

        // Until confirmed, suggestions count for nothing.
        var before = (await editor.GetFromJsonAsync<RecipeResponse>($"/api/v1/recipes/{slug}", Json))!;
        Assert.Equal(4, before.NutritionPerServing.Excluded);

        var confirmed = await editor.SubmitAsync(edit.Form("form[action*='handler=Confirm']"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = (await editor.GetFromJsonAsync<RecipeResponse>($"/api/v1/recipes/{slug}", Json))!;
        Assert.Equal(203, after.NutritionPerServing.EnergyKcal);
        Assert.Equal(1, after.NutritionPerServing.Excluded);
    }

    [Fact]
    public async Task LinkingToAPortion_WeighsTheAmountInThatPortion()
    {
        var recipe = await app.GivenEggsOnToastAsync(Visibility.Public);
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var salt = recipe.Ingredients.Single(i => i.Line == "Salt, to taste");
        var butter = recipe.Ingredients.Single(i => i.Line == "1 tbsp butter").FoodId!.Value;
        var page = await editor.GetDocumentAsync($"/admin/recipes/{recipe.Id}/ingredients/{salt.Id}?q=butter&food={butter}");
        var form = page.Form("form.form");
        Assert.Contains(form.QuerySelectorAll("option"), o => o.TextContent == "1 tbsp (14.2 g)");

        var linked = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Amount"] = "2", ["Input.Unit"] = "tbsp" });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var api = (await editor.GetFromJsonAsync<RecipeResponse>($"/api/v1/recipes/{recipe.Slug}", Json))!;
        // Two more tablespoons of butter (28.4 g) over two servings: 717 × 0.284 / 2 = 101.8 kcal more.
        Assert.Equal(305, api.NutritionPerServing.EnergyKcal);
        Assert.Equal(0, api.NutritionPerServing.Excluded);
    }

    [Theory]
    [InlineData("0", "2", "Give an amount greater than 0")]
    [InlineData("abc", "2", "Give an amount greater than 0")]
    [InlineData("2", "spoonful", "Choose grams or one of the food")]
    public async Task LinkingWithBadInput_SaysWhatToFix(string amount, string unit, string message)
    {
        var recipe = await app.GivenEggsOnToastAsync(Visibility.Public);
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var salt = recipe.Ingredients.Single(i => i.Line == "Salt, to taste");
        var butter = recipe.Ingredients.Single(i => i.Line == "1 tbsp butter").FoodId!.Value;
        var form = (await editor.GetDocumentAsync($"/admin/recipes/{recipe.Id}/ingredients/{salt.Id}?food={butter}")).Form("form.form");
        var values = new Dictionary<string, string> { ["Input.Amount"] = amount, ["Input.Unit"] = unit == "2" ? "g" : unit };
        var response = await editor.SubmitAsync(form, values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("main"));
    }

    [Fact]
    public async Task AnotherRecipesIngredient_IsNotFound()
    {
        var one = await app.GivenEggsOnToastAsync(Visibility.Public);
        var two = await app.GivenEggsOnToastAsync(Visibility.Public);
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var response = await editor.GetAsync($"/admin/recipes/{one.Id}/ingredients/{two.Ingredients[0].Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Members_CannotEditRecipes()
    {
        var member = app.CreateClient(await app.GivenReaderAsync(Readers.Premium));
        var response = await member.GetAsync("/admin/recipes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Location());
        Assert.Contains("/account/login", (await app.CreateClient(signedInAs: null).GetAsync("/admin/recipes/edit")).Location());
    }
}
