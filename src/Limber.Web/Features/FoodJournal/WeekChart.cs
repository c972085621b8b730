using System.Globalization;

namespace Limber.Features.FoodJournal;

/// <summary>
/// One weekly chart's geometry, for an inline SVG drawn on the server: a bar a day (energy or
/// protein) and a dashed line at the goal. The page's table holds the same numbers.
/// </summary>
public sealed class WeekChart
{
    public const int Width = 560;
    public const int Height = 200;
    private const double Left = 44, Right = 12, Top = 12, Bottom = 26;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public WeekChart(IReadOnlyList<DateOnly> days, IReadOnlyList<double> values, double? goal)
    {
        Goal = goal;
        // The top leaves room above the goal and the tallest bar, and is a round number for the axis label.
        Max = Round(Math.Max(Math.Max(values.DefaultIfEmpty(0).Max(), goal ?? 0) * 1.15, 10));
        var step = PlotWidth / days.Count;
        var barWidth = step * .6;
        Bars = [.. days.Select((day, i) =>
        {
            var height = PlotHeight * values[i] / Max;
            var x = Left + (i * step) + ((step - barWidth) / 2);
            return new WeekBar(day, values[i], Fmt(x), Fmt(Top + PlotHeight - height), Fmt(barWidth), Fmt(height), Fmt(x + (barWidth / 2)),
                goal is > 0 && values[i] > goal);
        })];
    }

    public double Max { get; }

    public double? Goal { get; }

    public IReadOnlyList<WeekBar> Bars { get; }

    public static string PlotLeft => Fmt(Left);

    public static string PlotRight => Fmt(Width - Right);

    public static string Baseline => Fmt(Top + PlotHeight);

    public static string LabelY => Fmt(Height - 8);

    public string Y(double value) => Fmt(Top + PlotHeight - (PlotHeight * value / Max));

    private static double Round(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return Math.Ceiling(value / magnitude * 2) / 2 * magnitude;
    }

    private static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <param name="Over">Above the goal (drawn in the warning colour, and said in the bar's title).</param>
public sealed record WeekBar(DateOnly Day, double Value, string X, string Y, string Width, string Height, string Middle, bool Over);
