using System.Runtime.CompilerServices;

namespace Limber.Features.Foods.Import;

/// <summary>
/// Reads the Open Food Facts CSV export (tab-separated, a header row, about 9 GB: streamed a product
/// at a time). Values are per 100 g; sodium comes in grams and is stored in mg; energy is kJ in
/// <c>energy_100g</c> when <c>energy-kj_100g</c> is missing. The serving, when the export gives its
/// grams, becomes the food's one portion.
/// </summary>
public static class OpenFoodFactsReader
{
    private static readonly string[] NutrientColumns =
    [
        "energy-kcal_100g", "energy-kj_100g", "energy_100g", "proteins_100g", "fat_100g", "saturated-fat_100g",
        "carbohydrates_100g", "sugars_100g", "fiber_100g", "sodium_100g",
    ];

    public static async IAsyncEnumerable<SourceRow> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var file = CsvFile.Open(path, '\t', unquoted: true);
        var values = new double?[NutrientColumns.Length];
        while (await file.ReadAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = file["code"];
            var name = file["product_name"];
            if (code.Length == 0 || name.Length == 0)
            {
                yield return SourceRow.Bad(file.Name, file.Line, code.Length == 0 ? "no code" : $"product {code} has no name");
                continue;
            }
            if (code.Length > Food.SourceIdMaxLength)
            {
                yield return SourceRow.Bad(file.Name, file.Line, $"code '{code[..Food.SourceIdMaxLength]}…' is longer than {Food.SourceIdMaxLength} characters");
                continue;
            }
            string? unreadable = null;
            for (var i = 0; i < NutrientColumns.Length && unreadable is null; i++)
            {
                values[i] = SourceRow.Number(file[NutrientColumns[i]], out var ok);
                unreadable = ok ? null : $"unreadable {NutrientColumns[i]} '{file[NutrientColumns[i]]}'";
            }
            if (unreadable is not null)
            {
                yield return SourceRow.Bad(file.Name, file.Line, unreadable);
                continue;
            }
            var brand = file["brands"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            yield return SourceRow.Of(new Food
            {
                Source = FoodSource.OpenFoodFacts,
                SourceId = code,
                Name = SourceRow.Fit(name, Food.NameMaxLength),
                Brand = brand is null ? null : SourceRow.Fit(brand, Food.BrandMaxLength),
                Per100Grams = new NutritionalValues(values[0], values[1] ?? values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9] * 1000)
                    .WithBothEnergies(),
                Portions = Serving(file["serving_size"], file["serving_quantity"]),
            });
        }
    }

    /// <summary>"1 cup (240 ml)" with serving_quantity 240 becomes 1 "serving, 1 cup (240 ml)" of 240 g.</summary>
    private static List<FoodPortion> Serving(string size, string quantity)
    {
        var grams = SourceRow.Number(quantity, out _);
        if (grams is not > 0)
        {
            return [];
        }
        var unit = size.Length == 0 ? "serving" : SourceRow.Fit($"serving, {size}", 120);
        return [new FoodPortion { Amount = 1, Unit = unit, Grams = grams.Value }];
    }
}
