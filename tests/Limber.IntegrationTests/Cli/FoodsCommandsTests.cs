using Limber.Features.Foods;
using Limber.Features.Foods.Table;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Cli;

/// <summary>The <c>foods</c> verbs, run as a real process of the app.</summary>
public sealed class FoodsCommandsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Sample(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Foods", "Samples", .. parts]);

    [Fact]
    public async Task FoodsImport_ReportsBadRowsAndASummary()
    {
        var (exit, output) = await app.RunCliAsync("foods", "import", "--format", "off", Sample("off", "products.csv"));

        Assert.True(exit == 0, output);
        Assert.Contains("products.csv line 5: product 4000000000001 has no name", output);
        Assert.Contains("skipped 3.", output);
        if (app.IsPostgres)
        {
            Assert.True(await app.WithDbAsync(db => db.Foods.AnyAsync(f => f.Source == FoodSource.OpenFoodFacts && f.Name == "Nutella")));
        }
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    public async Task FoodsImport_UnknownFormat_IsRefusedWithExitCode2(string format)
    {
        var (exit, output) = await app.RunCliAsync("foods", "import", "--format", format, Sample("sr28"));

        Assert.Equal(2, exit);
        Assert.Contains("--help", output);
    }

    [Fact]
    public async Task FoodsImport_MissingFolder_SaysSoAndFails()
    {
        var (exit, output) = await app.RunCliAsync("foods", "import", "--format", "sr28", Sample("no-such-folder"));

        Assert.Equal(1, exit);
        Assert.Contains("There is no folder", output);
    }

    [Fact]
    public async Task FoodsTable_WritesTheShippedTableFromSr28Files()
    {
        var file = Path.Combine(app.DataPath, "sr28.tsv.gz");

        var (exit, output) = await app.RunCliAsync("foods", "table", "--sr28", Sample("sr28"), "--to", file);

        Assert.True(exit == 0, output);
        Assert.Contains("Wrote 3 foods", output);
        await using var table = File.OpenRead(file);
        var foods = await ShippedTable.ReadAsync(table, CancellationToken.None).ToListAsync(TestContext.Current.CancellationToken);
        var butter = foods.Single(f => f.SourceId == "01001");
        Assert.Equal(new NutritionalValues(717, 2999, 0.85, 81.11, 51.368, 0.06, 0.06, 0, 643), butter.Per100Grams);
        Assert.Equal(["pat (1\" sq, 1/3\" high)", "tbsp", "cup"], butter.Portions.Select(p => p.Unit));
    }
}
