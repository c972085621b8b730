using System.Net;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Foods;

/// <summary>A member's own foods at <c>/foods/mine</c>: theirs alone on every surface, kept through a bad form, exported and erased with the account.</summary>
public sealed class MemberFoodsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Bar(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Brand"] = "Home",
        ["Input.EnergyKcal"] = "410",
        ["Input.Protein"] = "20",
        ["Input.Carbohydrate"] = "45",
        ["Input.Fat"] = "15",
        ["Input.Fibre"] = "6",
        ["Input.PortionUnit"] = "bar",
        ["Input.PortionGrams"] = "45",
    };

    private async Task<(HttpClient Client, Guid Id)> GivenOwnFoodAsync(string name, string password = "correct horse battery")
    {
        var owner = await app.GivenMemberAsync(password: password);
        var client = app.CreateClient(owner);
        var saved = await client.SubmitAsync((await client.GetDocumentAsync("/foods/mine")).Form(), Bar(name));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.WithDbAsync(db => db.Foods.Where(f => f.OwnerId == owner.Id && f.Name == name).Select(f => f.Id).SingleAsync());
        return (client, id);
    }

    [Fact]
    public async Task OwnFood_IsInTheOwnersSearchOnly_WithItsPortion()
    {
        var (owner, _) = await GivenOwnFoodAsync("Flapjack qworpix");
        var other = app.CreateClient(await app.GivenMemberAsync());

        var mine = await owner.GetDocumentAsync("/foods?q=qworpix");
        Assert.Contains("Flapjack qworpix (Home)", mine.Text("[data-test=food-results]"));
        Assert.Contains("1 bar (45 g)", mine.Text("[data-test=food-results]"));
        Assert.Contains("410 kcal", mine.Text("[data-test=food-results]"));
        Assert.Null((await other.GetDocumentAsync("/foods?q=qworpix")).QuerySelector("[data-test=food-results]"));
        Assert.Null((await app.CreateClient(signedInAs: null).GetDocumentAsync("/foods?q=qworpix")).QuerySelector("[data-test=food-results]"));
    }

    [Fact]
    public async Task AnotherMembersFood_IsNotFound_ToChangeOrDelete()
    {
        var (_, id) = await GivenOwnFoodAsync("Private zantho bar");
        var other = app.CreateClient(await app.GivenMemberAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/foods/mine?edit={id}")).StatusCode);
        var form = (await other.GetDocumentAsync("/foods/mine")).Form();
        var token = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var edit = await other.PostAsync($"/foods/mine?handler=Edit&id={id}", new FormUrlEncodedContent(Bar("Stolen").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var delete = await other.PostAsync($"/foods/mine?handler=Delete&id={id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("Private zantho bar", await app.WithDbAsync(db => db.Foods.Where(f => f.Id == id).Select(f => f.Name).SingleAsync()));
    }

    [Fact]
    public async Task Anonymous_IsSentToLogIn()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/foods/mine");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Location());
    }

    [Theory]
    [InlineData("Input.EnergyKcal", "abc", "Give a number")]
    [InlineData("Input.EnergyKcal", "1200", "Give the energy per 100 g in kcal, from 0 to 900.")]
    [InlineData("Input.Protein", "101", "Give grams per 100 g, from 0 to 100.")]
    [InlineData("Input.PortionGrams", "", "Give the portion a name and its weight")]
    [InlineData("Input.Name", "", "Give the food a name")]
    public async Task BadInput_SaysWhatToFix_AndKeepsWhatWasTyped(string field, string value, string message)
    {
        var client = app.CreateClient(await app.GivenMemberAsync());
        var values = Bar("Typed oat bar");
        values[field] = value;
        var response = await client.SubmitAsync((await client.GetDocumentAsync("/foods/mine")).Form(), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith(message, page.FieldError(field));
        Assert.Equal(field == "Input.Name" ? "" : "Typed oat bar", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Name")!.Value);
        Assert.Equal(value, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"[name='{field}']")!.Value);
    }

    [Fact]
    public async Task OwnFoods_AreExported_AndGoWithTheAccount()
    {
        var (client, id) = await GivenOwnFoodAsync("Exported kelvo bar");
        var json = JsonDocument.Parse(await client.GetStringAsync("/account/export")).RootElement;
        Assert.Equal("Exported kelvo bar", json.GetProperty("foods")[0].GetProperty("name").GetString());
        Assert.Equal(410, json.GetProperty("foods")[0].GetProperty("per100Grams").GetProperty("energyKcal").GetDouble());

        await client.SubmitAsync((await client.GetDocumentAsync("/account/delete")).Form(), new Dictionary<string, string> { ["Password"] = "correct horse battery" });
        Assert.False(await app.WithDbAsync(db => db.Foods.AnyAsync(f => f.Id == id)));
    }
}
