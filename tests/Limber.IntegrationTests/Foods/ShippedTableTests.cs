using Limber.Features.Foods;
using Limber.Features.Foods.Table;
using Limber.Infrastructure.Data;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Foods;

/// <summary>The one class whose database gets the shipped table, as a new site's does on its first start.</summary>
public sealed class ShippedTableFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:Foods:LoadShippedTable", "true")];
}

public sealed class ShippedTableTests(ShippedTableFactory app) : IClassFixture<ShippedTableFactory>
{
    private const int Sr28Foods = 8789;

    private Task<int> CountAsync() => app.WithDbAsync(db => db.Foods.CountAsync(f => f.Source == FoodSource.Sr28));

    [Fact]
    public async Task FirstStart_LoadsEveryFoodOfSr28()
    {
        Assert.Equal(Sr28Foods, await CountAsync());
    }

    [Fact]
    public async Task Butter_HasUsdasFiguresAndPortions()
    {
        var butter = await app.WithDbAsync(db => db.Foods.SingleAsync(f => f.Source == FoodSource.Sr28 && f.SourceId == "01001"));

        Assert.Equal("Butter, salted", butter.Name);
        Assert.Equal("Dairy and Egg Products", butter.Group);
        Assert.Equal(new NutritionalValues(717, 2999, 0.85, 81.11, 51.368, 0.06, 0.06, 0, 643), butter.Per100Grams);
        Assert.Equal(14.2, butter.Portions.Single(p => p.Unit == "tbsp").Grams);
    }

    [Fact]
    public async Task ChickBre_FindsTheRoastedBreastInTheFirstFive()
    {
        var found = await app.WithScopeAsync(s => s.GetRequiredService<FoodSearch>().SearchAsync("chick bre", null, 5, CancellationToken.None));

        Assert.Contains("Chicken, broilers or fryers, breast, meat only, cooked, roasted", found.Select(f => f.Name));
    }

    [Fact]
    public async Task LoaderRunAgain_AddsNothing()
    {
        await app.WithScopeAsync(async s =>
        {
            var loader = s.GetServices<IDataUpgrade>().OfType<ShippedTableLoader>().Single();
            await loader.RunAsync(s.GetRequiredService<AppDbContext>(), CancellationToken.None);
            return 0;
        });

        Assert.Equal(Sr28Foods, await CountAsync());
    }
}
