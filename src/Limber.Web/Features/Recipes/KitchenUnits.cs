using Limber.Features.Foods;

namespace Limber.Features.Recipes;

/// <summary>
/// Weights of ingredient amounts and amounts as a cook reads them. Mass units convert exactly;
/// volumes convert through the food's own spoon or cup portion (its density); other units
/// ("large", "slice", "clove") are the food's portion of that name.
/// </summary>
public static class KitchenUnits
{
    private static readonly Dictionary<string, double> GramsPer = new() { ["g"] = 1, ["kg"] = 1000, ["oz"] = 28.349523125, ["lb"] = 453.59237 };

    /// <summary>Millilitres in one of each volume unit (US customary, as USDA's portions are).</summary>
    private static readonly Dictionary<string, double> MillilitresPer = new()
    {
        ["ml"] = 1,
        ["l"] = 1000,
        ["tsp"] = 4.92892159375,
        ["tbsp"] = 14.78676478125,
        ["cup"] = 236.5882365,
        ["fl oz"] = 29.5735295625,
    };

    public static bool IsMass(string? unit) => unit is not null && GramsPer.ContainsKey(unit);

    /// <summary>The weight of <paramref name="quantity"/> <paramref name="unit"/> of <paramref name="food"/>; null when the food has no portion to go by.</summary>
    public static double? Grams(Food food, double quantity, string? unit)
    {
        if (unit is not null && GramsPer.TryGetValue(unit, out var perUnit))
        {
            return quantity * perUnit;
        }
        if (Portion(food, unit) is { } portion)
        {
            return quantity * portion.GramsEach;
        }
        if (unit is not null && MillilitresPer.TryGetValue(unit, out var ml))
        {
            foreach (var p in food.Portions)
            {
                if (MillilitresPer.TryGetValue(UnitWord(p.Unit), out var portionMl))
                {
                    return quantity * ml * p.GramsEach / portionMl;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The food's portion for a unit: the one named so ("tbsp", "cup, chopped" for "cup"); for a
    /// plain count ("2 eggs") the first that is not a volume or a weight ("large", "medium").
    /// </summary>
    public static FoodPortion? Portion(Food food, string? unit) => unit is null
        ? food.Portions.FirstOrDefault(p => !MillilitresPer.ContainsKey(UnitWord(p.Unit)) && !GramsPer.ContainsKey(UnitWord(p.Unit)))
        : food.Portions.FirstOrDefault(p => UnitWord(p.Unit) == unit);

    /// <summary>A portion's unit to the app's unit name: "cup, chopped" is "cup", "tablespoons" is "tbsp", "fl oz" stays.</summary>
    public static string UnitWord(string portionUnit)
    {
        var text = portionUnit.Trim().ToLowerInvariant();
        if (text.StartsWith("fl oz", StringComparison.Ordinal))
        {
            return "fl oz";
        }
        var word = new string([.. text.TakeWhile(char.IsLetter)]);
        return IngredientLines.UnitOf(word) ?? word;
    }

    /// <summary>
    /// An amount scaled for more or fewer servings, in the unit a cook would use: spoons and cups
    /// move between each other (0.5 tbsp is 1½ tsp; 16 tbsp is 1 cup), everything else keeps its unit.
    /// </summary>
    public static (double Quantity, string? Unit) Scale(double quantity, string? unit, double factor)
    {
        var scaled = quantity * factor;
        if (factor == 1)
        {
            // As the editor wrote it: 4 tbsp stays 4 tbsp at the recipe's own servings.
            return (quantity, unit);
        }
        if (unit is "tsp" or "tbsp" or "cup")
        {
            var teaspoons = scaled * MillilitresPer[unit] / MillilitresPer["tsp"];
            return teaspoons < 2.875 ? (teaspoons, "tsp")
                : teaspoons < 11.5 ? (teaspoons / 3, "tbsp")
                : (teaspoons / 48, "cup");
        }
        return (scaled, unit);
    }

    /// <summary>
    /// An amount as a cook writes it: kitchen fractions for spoons, cups and counts ("1½", "⅓"),
    /// whole grams above 10 and to 5 g above 250; decimals otherwise.
    /// </summary>
    public static string Format(double quantity, string? unit)
    {
        if (unit is "g" or "ml")
        {
            var rounded = quantity >= 250 ? Math.Round(quantity / 5) * 5 : quantity >= 10 ? Math.Round(quantity) : Math.Round(quantity, 1);
            return Quantities.Format(rounded);
        }
        if (unit is "kg" or "l" or "oz" or "lb")
        {
            return Quantities.Format(Math.Round(quantity, quantity >= 10 ? 0 : 2));
        }
        return Fraction(quantity);
    }

    private static readonly Dictionary<string, string> Plurals = new()
    {
        ["cup"] = "cups",
        ["slice"] = "slices",
        ["clove"] = "cloves",
        ["can"] = "cans",
        ["scoop"] = "scoops",
        ["handful"] = "handfuls",
        ["pinch"] = "pinches",
    };

    /// <summary>The unit as read after a formatted amount: plural above one ("2 cups", "1½ cups"), never for abbreviations ("2 tbsp").</summary>
    public static string Plural(string unit, string amount) =>
        amount is "1" or "0" || amount.StartsWith('0') || amount.Length == 1 && !char.IsAsciiDigit(amount[0]) ? unit : Plurals.GetValueOrDefault(unit, unit);

    private static readonly (double Value, string Text)[] Fractions =
        [(0, ""), (0.125, "⅛"), (0.25, "¼"), (1.0 / 3, "⅓"), (0.5, "½"), (2.0 / 3, "⅔"), (0.75, "¾"), (1, "")];

    private static string Fraction(double quantity)
    {
        var whole = Math.Floor(quantity);
        var (value, text) = Fractions.MinBy(f => Math.Abs(quantity - whole - f.Value));
        if (Math.Abs(quantity - whole - value) > 0.05)
        {
            return Quantities.Format(Math.Round(quantity, 1));
        }
        whole += value == 1 ? 1 : 0;
        return whole == 0 ? (text.Length == 0 ? "0" : text) : $"{whole:0}{text}";
    }
}
