using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Features.Foods.Import;

/// <summary>
/// Reads USDA's SR28 ASCII files from a folder: one record a line, fields between <c>^</c>, text
/// between <c>~</c>, an empty field no value, Windows-1252. The nine nutrients (NUT_DATA, plain or
/// gzipped) and the portions (WEIGHT) are gathered first, keyed by NDB_No (bounded by foods × 9
/// values), then FOOD_DES is streamed and each food yielded with them.
/// </summary>
public static partial class Sr28Reader
{
    /// <summary>SR28's encoding; .NET carries it in the code-pages provider, not registered by default.</summary>
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Nutr_No to its place in <see cref="NutritionalValues"/>: kcal, kJ, protein, fat, saturated fat, carbohydrate, sugars, fibre, sodium.</summary>
    private static readonly Dictionary<string, int> Slots = new()
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
    };

    /// <summary>Groups of dishes, brands' menus and foods few people eat: listed after the everyday ones.</summary>
    private static readonly HashSet<string> RareGroups =
        ["Baby Foods", "Fast Foods", "Restaurant Foods", "American Indian/Alaska Native Foods", "Meals, Entrees, and Side Dishes"];

    public static async IAsyncEnumerable<SourceRow> ReadAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, string>();
        await foreach (var (file, line, fields) in RecordsAsync(folder, "FD_GROUP.txt", 2, cancellationToken))
        {
            if (fields is null)
            {
                yield return SourceRow.Bad(file, line, "expected 2 fields");
                continue;
            }
            groups[fields[0]] = fields[1];
        }

        var nutrients = new Dictionary<string, double?[]>();
        await foreach (var (file, line, fields) in RecordsAsync(folder, "NUT_DATA.txt", 3, cancellationToken))
        {
            if (fields is null || !Slots.TryGetValue(fields[1], out var slot))
            {
                if (fields is null)
                {
                    yield return SourceRow.Bad(file, line, "expected at least 3 fields");
                }
                continue;
            }
            var value = SourceRow.Number(fields[2], out var ok);
            if (!ok)
            {
                yield return SourceRow.Bad(file, line, $"unreadable value '{fields[2]}' of nutrient {fields[1]}");
                continue;
            }
            if (!nutrients.TryGetValue(fields[0], out var values))
            {
                nutrients[fields[0]] = values = new double?[Slots.Count];
            }
            values[slot] = value;
        }

        var portions = new Dictionary<string, List<FoodPortion>>();
        await foreach (var (file, line, fields) in RecordsAsync(folder, "WEIGHT.txt", 5, cancellationToken))
        {
            var amount = SourceRow.Number(fields?[2], out var amountOk);
            var grams = SourceRow.Number(fields?[4], out var gramsOk);
            if (fields is null || !amountOk || !gramsOk || amount is not > 0 || grams is not > 0 || fields[3].Length == 0)
            {
                yield return SourceRow.Bad(file, line, "expected an amount, a measure and its grams");
                continue;
            }
            if (!portions.TryGetValue(fields[0], out var list))
            {
                portions[fields[0]] = list = [];
            }
            list.Add(new FoodPortion { Amount = amount.Value, Unit = SourceRow.Fit(fields[3], 120), Grams = grams.Value });
        }

        await foreach (var (file, line, fields) in RecordsAsync(folder, "FOOD_DES.txt", 7, cancellationToken))
        {
            if (fields is null || fields[0].Length == 0 || fields[2].Length == 0)
            {
                yield return SourceRow.Bad(file, line, fields is null ? "expected at least 7 fields" : "no NDB_No or Long_Desc");
                continue;
            }
            var group = groups.GetValueOrDefault(fields[1]);
            var values = nutrients.GetValueOrDefault(fields[0]) ?? new double?[Slots.Count];
            var measures = portions.GetValueOrDefault(fields[0]) ?? [];
            yield return SourceRow.Of(new Food
            {
                Source = FoodSource.Sr28,
                SourceId = fields[0],
                Name = SourceRow.Fit(fields[2], Food.NameMaxLength),
                Group = group,
                Commonness = Commonness(fields[6] == "Y", measures.Count, fields[2], group),
                Per100Grams = new NutritionalValues(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]),
                Portions = measures,
            });
        }
    }

    /// <summary>
    /// Higher is more commonly eaten (docs/decisions/0018): +2 when NHANES, the national survey of what
    /// Americans eat, uses the food (Survey = "Y"); +1 when USDA gives household portions and +1 more
    /// for three or more (everyday foods are measured many ways); -1 for a brand's product (a name
    /// with a word in capitals, "MUSCLE MILK"); -2 in the groups of baby food, fast food, restaurant
    /// dishes, American Indian/Alaska Native foods and prepared meals.
    /// </summary>
    public static int Commonness(bool survey, int portions, string name, string? group) =>
        (survey ? 2 : 0)
        + (portions > 0 ? 1 : 0)
        + (portions >= 3 ? 1 : 0)
        - (BrandWord().IsMatch(name) ? 1 : 0)
        - (group is not null && RareGroups.Contains(group) ? 2 : 0);

    /// <summary>Each record of one file, its text fields unwrapped; fields null when it has fewer than <paramref name="minFields"/>.</summary>
    private static async IAsyncEnumerable<(string File, long Line, string[]? Fields)> RecordsAsync(
        string folder, string name, int minFields, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (path, gzipped) = Find(folder, name);
        await using var file = File.OpenRead(path);
        await using Stream stream = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Windows1252);
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            // Some of USDA's files end with a DOS end-of-file mark (Ctrl-Z).
            if (text.Length == 0 || text == "\u001a")
            {
                continue;
            }
            var fields = text.Split('^');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim('~').Trim();
            }
            yield return (Path.GetFileName(path), number, fields.Length >= minFields ? fields : null);
        }
    }

    private static (string Path, bool Gzipped) Find(string folder, string name)
    {
        foreach (var (candidate, gzipped) in new[] { (name, false), (name + ".gz", true) })
        {
            var match = Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), candidate, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return (match, gzipped);
            }
        }
        throw new FileNotFoundException($"{name} (or {name}.gz) is not in {folder}.", name);
    }

    [GeneratedRegex(@"\b[A-Z]{3,}")]
    private static partial Regex BrandWord();
}
