using System.Globalization;

namespace Limber.Features.Foods.Import;

/// <summary>What a reader found on one row: a food to save, or a problem to report ("food.csv line 12: no description").</summary>
public readonly record struct SourceRow(Food? Food, string? Problem)
{
    public static SourceRow Of(Food food) => new(food, null);

    public static SourceRow Bad(string file, long line, string problem) => new(null, $"{file} line {line}: {problem}");

    /// <summary>An empty field is no value (null, not zero); anything else must be a number, or <paramref name="ok"/> is false.</summary>
    public static double? Number(string? text, out bool ok)
    {
        ok = true;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
        return ok ? value : null;
    }

    /// <summary>Cuts a source's text to what a column holds.</summary>
    public static string Fit(string text, int maxLength)
    {
        text = text.Trim();
        return text.Length > maxLength ? text[..maxLength].TrimEnd() : text;
    }
}
