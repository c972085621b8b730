using System.IO.Compression;
using Limber.Features.Foods;
using Limber.Features.Foods.Import;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Foods;

/// <summary>
/// The importers on the hand-made downloads in Samples/ (bad rows included). Every test imports
/// before it looks, so they hold in any order: a re-import only ever updates.
/// </summary>
public sealed class ImportFoodsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Foods", "Samples", name);

    private static string SamplePath(ImportFormat format) => format switch
    {
        ImportFormat.Sr28 => Sample("sr28"),
        ImportFormat.Fdc => Sample("fdc"),
        _ => Sample(Path.Combine("off", "products.csv")),
    };

    private Task<ImportReport> ImportAsync(ImportFormat format, string? path = null, StringWriter? log = null) =>
        app.WithScopeAsync(s => s.GetRequiredService<ImportFoods>()
            .HandleAsync(new ImportFoods.Input(format, path ?? SamplePath(format)), log ?? new StringWriter(), CancellationToken.None));

    private Task<Food> FoodAsync(FoodSource source, string id) =>
        app.WithDbAsync(db => db.Foods.SingleAsync(f => f.Source == source && f.SourceId == id));

    [Fact]
    public async Task Sr28_ImportsTheNineNutrientsPortionsAndGroups()
    {
        await ImportAsync(ImportFormat.Sr28);

        var butter = await FoodAsync(FoodSource.Sr28, "01001");
        Assert.Equal(new NutritionalValues(717, 2999, 0.85, 81.11, 51.368, 0.06, 0.06, 0, 643), butter.Per100Grams);
        Assert.Equal(["pat (1\" sq, 1/3\" high)", "tbsp", "cup"], butter.Portions.Select(p => p.Unit));
        Assert.Equal(14.2, butter.Portions[1].Grams);
        Assert.Equal("Dairy and Egg Products", butter.Group);
        var chicken = await FoodAsync(FoodSource.Sr28, "05064");
        Assert.Equal(165, chicken.EnergyKcal);
        Assert.Null(chicken.Carbohydrate);   // an empty field is not zero
        Assert.Null(chicken.Sugars);          // nor is a missing row
        Assert.Equal((0.5, 86.0), (chicken.Portions.Single().Amount, chicken.Portions.Single().Grams));
        // Windows-1252 read as such; a baby food with no survey use or portions ranks below the everyday butter.
        var babyFood = await FoodAsync(FoodSource.Sr28, "03999");
        Assert.Equal("Babyfood, crème brûlée (sample)", babyFood.Name);
        Assert.True(babyFood.Commonness < butter.Commonness);
    }

    [Fact]
    public async Task Sr28_ReadsAGzippedNutData_AndReportsProgress()
    {
        var folder = Directory.CreateTempSubdirectory("limber-import-").FullName;
        foreach (var sample in Directory.GetFiles(Sample("sr28")).Where(f => !f.EndsWith("NUT_DATA.txt", StringComparison.Ordinal)))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }
        await using (var source = File.OpenRead(Path.Combine(Sample("sr28"), "NUT_DATA.txt")))
        await using (var target = new GZipStream(File.Create(Path.Combine(folder, "NUT_DATA.txt.gz")), CompressionLevel.Fastest))
        {
            await source.CopyToAsync(target, TestContext.Current.CancellationToken);
        }
        var log = new StringWriter();

        var report = await app.WithScopeAsync(s => s.GetRequiredService<ImportFoods>()
            .HandleAsync(new ImportFoods.Input(ImportFormat.Sr28, folder, ProgressEvery: 2), log, CancellationToken.None));

        Assert.Equal(3, report.Added + report.Updated + report.Unchanged);
        Assert.Equal(717, (await FoodAsync(FoodSource.Sr28, "01001")).EnergyKcal);
        Assert.Contains("NUT_DATA.txt.gz line 14: unreadable value 'abc' of nutrient 268", report.Problems);
        Assert.Contains("… 2 foods read", log.ToString());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Fdc_ImportsFoodsWithAtwaterEnergyAndPortions_SkipsLabSamples()
    {
        var report = await ImportAsync(ImportFormat.Fdc);

        var butter = await FoodAsync(FoodSource.Fdc, "173410");
        Assert.Equal(new NutritionalValues(717, 2999, 0.85, 81.11, 51.368, 0.06, 0.06, 0, 643), butter.Per100Grams);
        Assert.Equal(["pat (1\" sq, 1/3\" high)", "tbsp"], butter.Portions.Select(p => p.Unit));
        Assert.Equal("Dairy and Egg Products", butter.Group);
        var hummus = await FoodAsync(FoodSource.Fdc, "2346393");
        Assert.Equal(229, hummus.EnergyKcal);                 // Atwater specific factors when there is no 208
        Assert.Equal(229 * 4.184, hummus.EnergyKj!.Value, 6);
        Assert.Null(hummus.SodiumMg);                         // its row was unreadable
        Assert.Equal((2.0, "tbsp", 30.0), (hummus.Portions.Single().Amount, hummus.Portions.Single().Unit, hummus.Portions.Single().Grams));
        Assert.False(await app.WithDbAsync(db => db.Foods.AnyAsync(f => f.Source == FoodSource.Fdc && f.SourceId == "330000")));
        Assert.Equal(2, report.Added + report.Updated + report.Unchanged);
    }

    [Fact]
    public async Task OpenFoodFacts_ImportsProducts_SodiumInMg_EnergyFromKj()
    {
        await ImportAsync(ImportFormat.Off);

        var nutella = await FoodAsync(FoodSource.OpenFoodFacts, "3017620422003");
        Assert.Equal(("Nutella", "Ferrero", "Nutella (Ferrero)"), (nutella.Name, nutella.Brand, nutella.DisplayName));
        Assert.Equal((539.0, 2252.0, 30.9), (nutella.EnergyKcal, nutella.EnergyKj, nutella.Fat));
        Assert.Equal(42.8, nutella.SodiumMg!.Value, 6);
        Assert.Null(nutella.Fibre);
        Assert.Equal(("serving, 15 g", 15.0), (nutella.Portions.Single().Unit, nutella.Portions.Single().Grams));
        var tonic = await FoodAsync(FoodSource.OpenFoodFacts, "5449000000996");
        Assert.Equal("Tonic \"classic\"", tonic.Name);       // quotes are text in the export
        Assert.Equal(155, tonic.EnergyKj);
        Assert.Equal(155 / 4.184, tonic.EnergyKcal!.Value, 6);
        Assert.Empty(tonic.Portions);
    }

    [Theory]
    [InlineData(ImportFormat.Sr28, new[]
    {
        "FOOD_DES.txt line 4: expected at least 7 fields", "FOOD_DES.txt line 5: no NDB_No or Long_Desc",
        "NUT_DATA.txt line 14: unreadable value 'abc' of nutrient 268", "WEIGHT.txt line 5: expected an amount, a measure and its grams",
    })]
    [InlineData(ImportFormat.Fdc, new[]
    {
        "food.csv line 5: no description", "food.csv line 6: unreadable fdc_id 'abc'",
        "food_nutrient.csv line 16: unreadable amount 'n/a'", "food_portion.csv line 5: expected an fdc_id, an amount and a gram_weight above zero",
    })]
    [InlineData(ImportFormat.Off, new[]
    {
        "products.csv line 4: no code", "products.csv line 5: product 4000000000001 has no name",
        "products.csv line 6: unreadable fat_100g 'abc'",
    })]
    public async Task BadRows_AreReportedWithFileAndLine_AndSkipped(ImportFormat format, string[] problems)
    {
        var log = new StringWriter();

        var report = await ImportAsync(format, log: log);

        Assert.Equal(problems.Order(), report.Problems.Order());
        Assert.All(problems, p => Assert.Contains(p, log.ToString()));
        Assert.True(report.Skipped >= problems.Length);
        Assert.False(await app.WithDbAsync(db => db.Foods.AnyAsync(f => f.SourceId == "4000000000002" || f.SourceId == "09998")));
    }

    [Theory]
    [InlineData(ImportFormat.Sr28, "NUT_DATA.txt", "~01001~^~208~^717^", "~01001~^~208~^720^", FoodSource.Sr28, "01001")]
    [InlineData(ImportFormat.Fdc, "food_nutrient.csv", ",173410,1008,717,", ",173410,1008,720,", FoodSource.Fdc, "173410")]
    [InlineData(ImportFormat.Off, "products.csv", "Ferrero,Nutella\t539\t", "Ferrero,Nutella\t720\t", FoodSource.OpenFoodFacts, "3017620422003")]
    public async Task SecondImport_UpdatesWhatChanged_AndAddsNoRows(ImportFormat format, string file, string before, string after, FoodSource source, string id)
    {
        var folder = Directory.CreateTempSubdirectory("limber-import-").FullName;
        var original = format == ImportFormat.Off ? Path.GetDirectoryName(SamplePath(format))! : SamplePath(format);
        foreach (var sample in Directory.GetFiles(original))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }
        var path = format == ImportFormat.Off ? Path.Combine(folder, "products.csv") : folder;
        await ImportAsync(format, path);
        var rows = await app.WithDbAsync(db => db.Foods.CountAsync());

        var again = await ImportAsync(format, path);
        var changed = Path.Combine(folder, file);
        var bytes = Sr28Reader.Windows1252.GetString(await File.ReadAllBytesAsync(changed, TestContext.Current.CancellationToken));
        Assert.Contains(before, bytes);
        await File.WriteAllBytesAsync(changed, Sr28Reader.Windows1252.GetBytes(bytes.Replace(before, after)), TestContext.Current.CancellationToken);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var updated = await ImportAsync(format, path);

        Assert.Equal((0, 0), (again.Added, again.Updated));
        Assert.Equal((0, 1), (updated.Added, updated.Updated));
        Assert.Equal(rows, await app.WithDbAsync(db => db.Foods.CountAsync()));
        var food = await FoodAsync(source, id);
        Assert.Equal(720, food.EnergyKcal);
        Assert.Equal(app.Now, food.UpdatedAtUtc);
        Directory.Delete(folder, recursive: true);
    }
}
