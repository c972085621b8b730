using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Recipes;

/// <summary>A fresh install's demo recipes: six premium and two free, every ingredient linked to the shipped food table.</summary>
public sealed class DemoRecipesTests(DemoRecipesTests.Factory app) : IClassFixture<DemoRecipesTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Limber:DemoContent", "true"), new("Limber:Foods:LoadShippedTable", "true")];
    }

    [Fact]
    public async Task FreshInstall_HasSixPremiumAndTwoFreeRecipes_EveryIngredientLinked()
    {
        var list = JsonDocument.Parse(await app.CreateClient(signedInAs: null).GetStringAsync("/api/v1/recipes?pageSize=50")).RootElement;
        var items = list.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(8, items.Count);
        Assert.Equal(6, items.Count(i => i.GetProperty("visibility").GetString() == "premium"));
        Assert.Equal(2, items.Count(i => i.GetProperty("visibility").GetString() == "public"));
        Assert.All(items, i => Assert.Equal(0, i.GetProperty("nutritionPerServing").GetProperty("excluded").GetInt32()));
        Assert.All(items, i => Assert.InRange(i.GetProperty("nutritionPerServing").GetProperty("energyKcal").GetDouble(), 150, 700));
        Assert.Contains(items, i => i.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == "anti-inflammatory"));
    }
}
