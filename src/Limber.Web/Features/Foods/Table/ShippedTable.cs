using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Limber.Features.Foods.Table;

/// <summary>
/// The food table shipped inside the app (<c>sr28.tsv.gz</c>, an embedded resource), derived from
/// USDA SR28: a gzipped UTF-8 TSV, one food a line after a header, the nine nutrients per 100 g as
/// USDA gives them (empty = not measured) and the portions as <c>amount unit=grams</c> joined by
/// <c>|</c>. Rebuilt from USDA's files with <c>Limber.Web foods table --sr28 DIR --to FILE</c>.
/// </summary>
public static class ShippedTable
{
    public const string ResourceName = "Limber.Foods.sr28.tsv.gz";

    private static readonly string[] Columns =
        ["ndb_no", "name", "group", "commonness", "kcal", "kj", "protein", "fat", "saturated_fat", "carbohydrate", "sugars", "fibre", "sodium_mg", "portions"];

    public static Stream Open() =>
        typeof(ShippedTable).Assembly.GetManifestResourceStream(ResourceName) ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");

    public static async Task WriteAsync(IEnumerable<Food> foods, Stream to, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(to, CompressionLevel.SmallestSize, leaveOpen: true);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join('\t', Columns));
        foreach (var food in foods)
        {
            var v = food.Per100Grams;
            string?[] fields =
            [
                food.SourceId, Clean(food.Name), Clean(food.Group ?? ""), food.Commonness.ToString(CultureInfo.InvariantCulture),
                Number(v.EnergyKcal), Number(v.EnergyKj), Number(v.Protein), Number(v.Fat), Number(v.SaturatedFat),
                Number(v.Carbohydrate), Number(v.Sugars), Number(v.Fibre), Number(v.SodiumMg),
                string.Join('|', food.Portions.Select(p => $"{Number(p.Amount)} {Clean(p.Unit).Replace('|', '/')}={Number(p.Grams)}")),
            ];
            await writer.WriteLineAsync(string.Join('\t', fields).AsMemory(), cancellationToken);
        }
    }

    public static async IAsyncEnumerable<Food> ReadAsync(Stream from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(from, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        await reader.ReadLineAsync(cancellationToken);
        while (await reader.ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var f = line.Split('\t');
            yield return new Food
            {
                Source = FoodSource.Sr28,
                SourceId = f[0],
                Name = f[1],
                Group = f[2].Length == 0 ? null : f[2],
                Commonness = int.Parse(f[3], CultureInfo.InvariantCulture),
                Per100Grams = new NutritionalValues(Parse(f[4]), Parse(f[5]), Parse(f[6]), Parse(f[7]), Parse(f[8]), Parse(f[9]), Parse(f[10]), Parse(f[11]), Parse(f[12])),
                Portions = f[13].Length == 0 ? [] : [.. f[13].Split('|').Select(Portion)],
            };
        }
    }

    private static FoodPortion Portion(string text)
    {
        var (space, equals) = (text.IndexOf(' '), text.LastIndexOf('='));
        return new FoodPortion
        {
            Amount = double.Parse(text[..space], CultureInfo.InvariantCulture),
            Unit = text[(space + 1)..equals],
            Grams = double.Parse(text[(equals + 1)..], CultureInfo.InvariantCulture),
        };
    }

    // The shortest text that reads back as the same double: "0.85", not "0.8500000000000001".
    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static double? Parse(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
