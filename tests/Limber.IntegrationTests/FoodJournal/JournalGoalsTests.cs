using System.Net;
using Limber.Features.FoodJournal;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>The goals page: save and validate each field; the calculator fills the form without saving.</summary>
public sealed class JournalGoalsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SaveGoals_ValidatesEachField_KeepsWhatWasTyped_ThenSaves()
    {
        var member = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync("/journal/goals");
        foreach (var label in new[] { "Energy (kcal)", "Protein (g)", "Carbohydrate (g)", "Fat (g)", "Fibre (g)" })
        {
            Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent.Trim() == label);
        }
        var form = page.Form();

        var bad = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Goals.EnergyKcal"] = "100",
            ["Goals.Protein"] = "lots",
            ["Goals.Fibre"] = "30",
        }, form.Button("Save goals")));
        Assert.Equal(SaveGoals.Bounds[nameof(SaveGoals.Input.Protein)].Message, bad.FieldError("Goals.Protein"));
        Assert.Equal("lots", bad.QuerySelector("input[name='Goals.Protein']")!.GetAttribute("value"));
        Assert.Null(await app.WithDbAsync(db => db.NutritionGoals.SingleOrDefaultAsync(g => g.MemberId == member.Id)));
        bad = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Goals.EnergyKcal"] = "100", ["Goals.Fibre"] = "30" }));
        Assert.Equal(SaveGoals.Bounds[nameof(SaveGoals.Input.EnergyKcal)].Message, bad.FieldError("Goals.EnergyKcal"));
        Assert.Equal("30", bad.QuerySelector("input[name='Goals.Fibre']")!.GetAttribute("value"));

        var saved = await client.SubmitAsync(form, new Dictionary<string, string> { ["Goals.EnergyKcal"] = "2200", ["Goals.Protein"] = "110.5", ["Goals.Fibre"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var goals = await app.WithDbAsync(db => db.NutritionGoals.SingleAsync(g => g.MemberId == member.Id));
        Assert.Equal((2200.0, 110.5, (double?)null, 30.0), (goals.EnergyKcal!.Value, goals.Protein!.Value, goals.Fat, goals.Fibre!.Value));
        Assert.Equal("110.5", (await client.GetDocumentAsync("/journal/goals")).QuerySelector("input[name='Goals.Protein']")!.GetAttribute("value"));
        Assert.Contains("of 2,200 kcal", (await client.GetDocumentAsync("/journal")).Text("[data-test=total-energy]"));
    }

    [Fact]
    public async Task SuggestGoals_FillsTheForm_WithoutSaving()
    {
        var member = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/journal/goals")).Form("form[action*='handler=Suggest']");

        var missing = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Calculator.WeightKg"] = "70" }));
        Assert.Equal(SuggestGoals.Messages.Age, missing.FieldError("Calculator.Age"));
        Assert.Equal("70", missing.QuerySelector("input[name='Calculator.WeightKg']")!.GetAttribute("value"));
        var page = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Calculator.WeightKg"] = "70",
            ["Calculator.HeightCm"] = "175",
            ["Calculator.Age"] = "30",
            ["Calculator.Sex"] = "Male",
            ["Calculator.Activity"] = "Moderate",
            ["Calculator.Goal"] = "Maintain",
        }));

        Assert.NotNull(page.QuerySelector("[data-test=suggested]"));
        Assert.Equal("2560", page.QuerySelector("input[name='Goals.EnergyKcal']")!.GetAttribute("value"));
        Assert.Equal("84", page.QuerySelector("input[name='Goals.Protein']")!.GetAttribute("value"));
        Assert.Equal("175", page.QuerySelector("input[name='Calculator.HeightCm']")!.GetAttribute("value"));
        Assert.Null(await app.WithDbAsync(db => db.NutritionGoals.SingleOrDefaultAsync(g => g.MemberId == member.Id)));
    }
}
