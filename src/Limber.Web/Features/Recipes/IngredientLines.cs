using System.Globalization;
using System.Text.RegularExpressions;

namespace Limber.Features.Recipes;

/// <summary>An ingredient line read into its parts: "1 1/2 cups rolled oats" is 1.5, "cup", "rolled oats".</summary>
public sealed record ParsedIngredient(double? Quantity, string? Unit, string Name);

/// <summary>
/// Reads pasted ingredient lines the way people write them: whole numbers, decimals (either
/// separator), fractions ("1/2", "1 1/2", "½"), a unit glued to the number ("200g") or not, and
/// the unit's long, short and plural names. What it cannot read stays as the name, with no amount.
/// </summary>
public static partial class IngredientLines
{
    private static readonly Dictionary<char, double> Vulgar = new()
    {
        ['½'] = 0.5,
        ['⅓'] = 1.0 / 3,
        ['⅔'] = 2.0 / 3,
        ['¼'] = 0.25,
        ['¾'] = 0.75,
        ['⅛'] = 0.125,
    };

    /// <summary>Every way of writing a unit, to the one name the app uses.</summary>
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["g"] = "g",
        ["gram"] = "g",
        ["grams"] = "g",
        ["gr"] = "g",
        ["kg"] = "kg",
        ["kilogram"] = "kg",
        ["kilograms"] = "kg",
        ["ml"] = "ml",
        ["millilitre"] = "ml",
        ["millilitres"] = "ml",
        ["milliliter"] = "ml",
        ["milliliters"] = "ml",
        ["l"] = "l",
        ["litre"] = "l",
        ["litres"] = "l",
        ["liter"] = "l",
        ["liters"] = "l",
        ["tsp"] = "tsp",
        ["teaspoon"] = "tsp",
        ["teaspoons"] = "tsp",
        ["t"] = "tsp",
        ["tbsp"] = "tbsp",
        ["tablespoon"] = "tbsp",
        ["tablespoons"] = "tbsp",
        ["tbs"] = "tbsp",
        ["tbl"] = "tbsp",
        ["cup"] = "cup",
        ["cups"] = "cup",
        ["c"] = "cup",
        ["oz"] = "oz",
        ["ounce"] = "oz",
        ["ounces"] = "oz",
        ["lb"] = "lb",
        ["lbs"] = "lb",
        ["pound"] = "lb",
        ["pounds"] = "lb",
        ["pinch"] = "pinch",
        ["pinches"] = "pinch",
        ["clove"] = "clove",
        ["cloves"] = "clove",
        ["slice"] = "slice",
        ["slices"] = "slice",
        ["large"] = "large",
        ["medium"] = "medium",
        ["small"] = "small",
        ["can"] = "can",
        ["cans"] = "can",
        ["tin"] = "can",
        ["tins"] = "can",
        ["scoop"] = "scoop",
        ["scoops"] = "scoop",
        ["handful"] = "handful",
        ["handfuls"] = "handful",
    };

    /// <summary>The app's name for a unit as written ("Tablespoons" is "tbsp"), or null when it is not a unit.</summary>
    public static string? UnitOf(string word) => UnitNames.GetValueOrDefault(word.Trim().TrimEnd('.'));

    public static ParsedIngredient Parse(string line)
    {
        var text = Spaces().Replace(line, " ").Trim();
        var match = Amount().Match(text);
        if (!match.Success || ReadAmount(match.Groups["amount"].Value) is not { } quantity)
        {
            return new ParsedIngredient(null, null, text);
        }
        var rest = text[match.Length..];
        var firstWord = FirstWord().Match(rest.TrimStart());
        var glued = rest.Length > 0 && char.IsLetter(rest[0]);
        if (glued && (!firstWord.Success || UnitOf(firstWord.Value) is null))
        {
            // "3D printed garnish": letters right after the digits are a unit ("200g") or part of the name.
            return new ParsedIngredient(null, null, text);
        }
        rest = rest.Trim();
        string? unit = null;
        if (firstWord.Success && UnitOf(firstWord.Value) is { } known)
        {
            unit = known;
            rest = rest[firstWord.Length..].Trim();
        }
        if (rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[3..];
        }
        return new ParsedIngredient(quantity, unit, rest.Length == 0 ? text : rest);
    }

    /// <summary>Splits pasted text into its non-empty lines, without list markers ("- ", "* ", "1. ").</summary>
    public static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split('\n').Select(l => Marker().Replace(l, "").Trim()).Where(l => l.Length > 0);

    private static double? ReadAmount(string amount)
    {
        amount = amount.Trim();
        double total = 0;
        foreach (var part in amount.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = part;
            if (piece.Length > 0 && Vulgar.TryGetValue(piece[^1], out var vulgar))
            {
                total += vulgar;
                piece = piece[..^1];
                if (piece.Length == 0)
                {
                    continue;
                }
            }
            if (piece.Split('/') is [var top, var bottom])
            {
                if (!double.TryParse(top, CultureInfo.InvariantCulture, out var n) || !double.TryParse(bottom, CultureInfo.InvariantCulture, out var d) || d == 0)
                {
                    return null;
                }
                total += n / d;
            }
            else if (double.TryParse(piece.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                total += number;
            }
            else
            {
                return null;
            }
        }
        return total > 0 ? total : null;
    }

    // A leading amount: "1 1/2", "1/2", "1½", "½", "0.5", "0,5", "200" (a unit may follow at once: "200g").
    [GeneratedRegex(@"^(?<amount>\d+ \d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?[½⅓⅔¼¾⅛]?|[½⅓⅔¼¾⅛])(?=[\s\p{L}]|$)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[\p{L}]+\.?(?=\s|$)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?:[-*•]\s+|\d+[.)]\s+)")]
    private static partial Regex Marker();
}
