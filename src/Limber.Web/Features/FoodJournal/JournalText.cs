using System.Globalization;
using Limber.Features.Foods;

namespace Limber.Features.FoodJournal;

/// <summary>How the journal writes its numbers, and the five nutrients it totals against goals (design.md's labels).</summary>
public static class JournalText
{
    public sealed record Nutrient(string Key, string Label, string Unit, Func<NutritionalValues, double?> Of, Func<NutritionGoals, double?> Goal);

    public static readonly Nutrient[] Totalled =
    [
        new("energy", "Energy", "kcal", v => v.EnergyKcal, g => g.EnergyKcal),
        new("protein", "Protein", "g", v => v.Protein, g => g.Protein),
        new("carbohydrate", "Carbohydrate", "g", v => v.Carbohydrate, g => g.Carbohydrate),
        new("fat", "Fat", "g", v => v.Fat, g => g.Fat),
        new("fibre", "Fibre", "g", v => v.Fibre, g => g.Fibre),
    ];

    /// <summary>Whole numbers for energy and goals ("1,234"), one decimal below 10 g ("4.5"), whole above.</summary>
    public static string Number(double? value, string unit) => value switch
    {
        null => "–",
        { } v when unit == "kcal" || Math.Abs(v) >= 10 => Math.Round(v).ToString("#,0", CultureInfo.InvariantCulture),
        { } v => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture),
    };

    /// <summary>"150 g", "2 tbsp (28.4 g)", "1.5 servings".</summary>
    public static string Amount(JournalEntry e) => e.Unit switch
    {
        JournalEntry.GramsUnit => $"{Quantities.Format(e.Amount)} g",
        JournalEntry.ServingUnit => $"{Quantities.Format(e.Amount)} {(e.Amount == 1 ? "serving" : "servings")}",
        _ => $"{Quantities.Format(e.Amount)} {e.Unit}" + (e.Grams is { } g ? $" ({Quantities.Format(g)} g)" : ""),
    };

    /// <summary>A whole percentage of the goal, for the progress bar's words.</summary>
    public static int? Percent(double? total, double? goal) => goal is > 0 ? (int)Math.Round((total ?? 0) / goal.Value * 100) : null;
}
