using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Limber.Features.Foods.Import;

/// <summary>
/// Reads a USDA FoodData Central CSV download (a folder). food_nutrient.csv is far too big to join
/// in memory, so it is streamed once and only the nine nutrients' values are kept, keyed by fdc_id:
/// at most foods × 12 doubles (about 150 bytes a food, some 300 MB for all two million branded foods,
/// a few MB for Foundation, SR Legacy and Survey). Portions (food_portion.csv) and brands
/// (branded_food.csv) are gathered the same way, then food.csv is streamed and each food yielded.
/// </summary>
public static partial class FdcReader
{
    private const int Kcal = 0, Sugars = 6, AtwaterSpecific = 9, AtwaterGeneral = 10, SugarsTotal = 11, SlotCount = 12;

    /// <summary>
    /// nutrient.csv's nutrient_nbr (SR28's numbers) to a slot: the nine in <see cref="NutritionalValues"/>'s
    /// order, then the stand-ins used when a food lacks one: Foundation foods give energy as 958
    /// (Atwater specific factors, nutrient id 2048) or 957 (general factors, id 2047) rather than 208,
    /// and sugars as 269.3 ("Sugars, Total", id 1063).
    /// </summary>
    private static readonly Dictionary<string, int> NumberSlots = new()
    {
        ["208"] = 0,
        ["268"] = 1,
        ["203"] = 2,
        ["204"] = 3,
        ["606"] = 4,
        ["205"] = 5,
        ["269"] = 6,
        ["291"] = 7,
        ["307"] = 8,
        ["958"] = AtwaterSpecific,
        ["957"] = AtwaterGeneral,
        ["269.3"] = SugarsTotal,
    };

    /// <summary>FDC's nutrient ids for the same, when a download comes without nutrient.csv.</summary>
    private static readonly Dictionary<int, int> KnownIds = new()
    {
        [1008] = 0,
        [1062] = 1,
        [1003] = 2,
        [1004] = 3,
        [1258] = 4,
        [1005] = 5,
        [2000] = 6,
        [1079] = 7,
        [1093] = 8,
        [2048] = AtwaterSpecific,
        [2047] = AtwaterGeneral,
        [1063] = SugarsTotal,
    };

    /// <summary>The data types that are foods; the full download also holds lab samples and acquisitions, skipped.</summary>
    private static readonly HashSet<string> FoodTypes = ["foundation_food", "sr_legacy_food", "survey_fndds_food", "branded_food"];

    public static async IAsyncEnumerable<SourceRow> ReadAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var slots = new Dictionary<int, int>(KnownIds);
        using (var nutrients = CsvFile.OpenIn(folder, "nutrient.csv"))
        {
            while (nutrients is not null && await nutrients.ReadAsync(cancellationToken))
            {
                if (int.TryParse(nutrients["id"], CultureInfo.InvariantCulture, out var id) && NumberSlots.TryGetValue(Number(nutrients["nutrient_nbr"]), out var slot))
                {
                    slots[id] = slot;
                }
            }
        }
        var units = await NamesAsync(folder, "measure_unit.csv", "name", cancellationToken);
        var categories = await NamesAsync(folder, "food_category.csv", "description", cancellationToken);

        var values = new Dictionary<int, double[]>();
        using (var file = CsvFile.OpenIn(folder, "food_nutrient.csv") ?? throw Missing(folder, "food_nutrient.csv"))
        {
            while (await file.ReadAsync(cancellationToken))
            {
                if (!int.TryParse(file["nutrient_id"], CultureInfo.InvariantCulture, out var nutrient) || !slots.TryGetValue(nutrient, out var slot))
                {
                    continue;
                }
                var amount = SourceRow.Number(file["amount"], out var ok);
                if (!ok || !int.TryParse(file["fdc_id"], CultureInfo.InvariantCulture, out var fdcId))
                {
                    yield return SourceRow.Bad(file.Name, file.Line, ok ? $"unreadable fdc_id '{file["fdc_id"]}'" : $"unreadable amount '{file["amount"]}'");
                    continue;
                }
                if (!values.TryGetValue(fdcId, out var row))
                {
                    values[fdcId] = row = new double[SlotCount];
                    Array.Fill(row, double.NaN);
                }
                row[slot] = amount ?? double.NaN;
            }
        }

        var portions = new Dictionary<int, List<FoodPortion>>();
        await foreach (var (fdcId, portion, problem) in PortionsAsync(folder, units, cancellationToken))
        {
            if (problem is not null)
            {
                yield return new SourceRow(null, problem);
                continue;
            }
            if (!portions.TryGetValue(fdcId, out var list))
            {
                portions[fdcId] = list = [];
            }
            list.Add(portion!);
        }
        var brands = await BrandsAsync(folder, cancellationToken);

        using var foods = CsvFile.OpenIn(folder, "food.csv") ?? throw Missing(folder, "food.csv");
        while (await foods.ReadAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = foods["data_type"];
            if (type.Length > 0 && !FoodTypes.Contains(type))
            {
                yield return new SourceRow(null, null);
                continue;
            }
            if (!int.TryParse(foods["fdc_id"], CultureInfo.InvariantCulture, out var fdcId))
            {
                yield return SourceRow.Bad(foods.Name, foods.Line, $"unreadable fdc_id '{foods["fdc_id"]}'");
                continue;
            }
            var description = foods["description"];
            if (description.Length == 0)
            {
                yield return SourceRow.Bad(foods.Name, foods.Line, "no description");
                continue;
            }
            var v = values.GetValueOrDefault(fdcId);
            double? At(int slot) => v is null || double.IsNaN(v[slot]) ? null : v[slot];
            var category = foods["food_category_id"];
            var measures = portions.GetValueOrDefault(fdcId) ?? [];
            yield return SourceRow.Of(new Food
            {
                Source = FoodSource.Fdc,
                SourceId = fdcId.ToString(CultureInfo.InvariantCulture),
                Name = SourceRow.Fit(description, Food.NameMaxLength),
                Brand = brands.GetValueOrDefault(fdcId),
                Group = category.Length == 0 ? null : SourceRow.Fit(categories.GetValueOrDefault(category) ?? category, 100),
                Commonness = (type == "survey_fndds_food" ? 2 : 0) + (measures.Count > 0 ? 1 : 0) + (measures.Count >= 3 ? 1 : 0) - (type == "branded_food" ? 1 : 0),
                Per100Grams = new NutritionalValues(
                    At(Kcal) ?? At(AtwaterSpecific) ?? At(AtwaterGeneral), At(1), At(2), At(3), At(4), At(5), At(Sugars) ?? At(SugarsTotal), At(7), At(8))
                    .WithBothEnergies(),
                Portions = measures,
            });
        }
    }

    /// <summary>
    /// food_portion.csv: an amount of a measure unit ("1 cup"), else SR Legacy's modifier ("tbsp"),
    /// else Survey's description ("1 medium (7" long)"), and its gram weight.
    /// </summary>
    private static async IAsyncEnumerable<(int FdcId, FoodPortion? Portion, string? Problem)> PortionsAsync(
        string folder, Dictionary<string, string> units, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var file = CsvFile.OpenIn(folder, "food_portion.csv");
        while (file is not null && await file.ReadAsync(cancellationToken))
        {
            var grams = SourceRow.Number(file["gram_weight"], out var gramsOk);
            var amount = SourceRow.Number(file["amount"], out var amountOk) ?? 1;
            if (!int.TryParse(file["fdc_id"], CultureInfo.InvariantCulture, out var fdcId) || !gramsOk || !amountOk || grams is not > 0 || amount <= 0)
            {
                yield return (0, null, $"{file.Name} line {file.Line}: expected an fdc_id, an amount and a gram_weight above zero");
                continue;
            }
            var unit = units.GetValueOrDefault(file["measure_unit_id"]);
            var modifier = file["modifier"];
            var description = file["portion_description"];
            if (unit is null or "undetermined")
            {
                unit = modifier.Length > 0 ? modifier : "";
                modifier = "";
                if (unit.Length == 0 && description.Length > 0 && description != "Quantity not specified")
                {
                    var counted = LeadingAmount().Match(description);
                    (amount, unit) = counted.Success
                        ? (double.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture), counted.Groups[2].Value)
                        : (1, description);
                }
            }
            if (unit.Length == 0)
            {
                continue;
            }
            var label = modifier.Length > 0 ? $"{unit}, {modifier}" : unit;
            yield return (fdcId, new FoodPortion { Amount = amount, Unit = SourceRow.Fit(label, 120), Grams = grams.Value }, null);
        }
    }

    private static async Task<Dictionary<int, string>> BrandsAsync(string folder, CancellationToken cancellationToken)
    {
        var brands = new Dictionary<int, string>();
        using var file = CsvFile.OpenIn(folder, "branded_food.csv");
        while (file is not null && await file.ReadAsync(cancellationToken))
        {
            var brand = file["brand_name"].Length > 0 ? file["brand_name"] : file["brand_owner"];
            if (brand.Length > 0 && int.TryParse(file["fdc_id"], CultureInfo.InvariantCulture, out var fdcId))
            {
                brands[fdcId] = SourceRow.Fit(brand, Food.BrandMaxLength);
            }
        }
        return brands;
    }

    /// <summary>A small lookup file (id → name), empty when the download has none.</summary>
    private static async Task<Dictionary<string, string>> NamesAsync(string folder, string name, string column, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>();
        using var file = CsvFile.OpenIn(folder, name);
        while (file is not null && await file.ReadAsync(cancellationToken))
        {
            names[file["id"]] = file[column];
        }
        return names;
    }

    /// <summary>"208.0" and "208" are the same nutrient number.</summary>
    private static string Number(string text) => text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;

    private static FileNotFoundException Missing(string folder, string name) => new($"{name} is not in {folder}.", name);

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s+(.+)$")]
    private static partial Regex LeadingAmount();
}
