using System.Globalization;

namespace Limber.Features.BackCare;

/// <summary>
/// The insights chart's geometry, for an inline SVG drawn on the server: a line per area through the
/// daily averages (0–10, left axis; broken where a day has no score) over bars of inversion minutes
/// (right axis). The page's table holds the same numbers.
/// </summary>
public sealed class InsightsChart
{
    public const int Width = 720;
    public const int Height = 260;
    private const double Left = 30, Right = 40, Top = 12, Bottom = 30;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public InsightsChart(PainInsights insights)
    {
        var days = insights.Days;
        var step = PlotWidth / days.Count;
        double X(int i) => Left + ((i + .5) * step);
        MaxMinutes = Math.Max(10, days.Max(d => d.InversionMinutes));
        var barWidth = Math.Max(1, step * .7);
        Bars = [.. days.Select((d, i) => (Day: d, Index: i)).Where(d => d.Day.InversionMinutes > 0).Select(d =>
        {
            var height = PlotHeight * d.Day.InversionMinutes / MaxMinutes;
            return new ChartBar(Fmt(X(d.Index) - (barWidth / 2)), Fmt(Top + PlotHeight - height), Fmt(barWidth), Fmt(height), d.Day);
        })];
        Lines = [.. insights.Areas.Select(area =>
        {
            var runs = new List<List<(double X, double Y)>>();
            List<(double X, double Y)>? run = null;
            for (var i = 0; i < days.Count; i++)
            {
                if (days[i].For(area) is not { } score)
                {
                    run = null;
                    continue;
                }
                if (run is null)
                {
                    run = [];
                    runs.Add(run);
                }
                run.Add((X(i), PainY(score.Average)));
            }
            return new ChartLine(area, [.. runs.Where(r => r.Count > 1).Select(r => string.Join(' ', r.Select(p => $"{Fmt(p.X)},{Fmt(p.Y)}")))],
                [.. runs.Where(r => r.Count == 1).Select(r => (Fmt(r[0].X), Fmt(r[0].Y)))]);
        })];
        var every = days.Count <= 28 ? 7 : days.Count <= 84 ? 14 : 56;
        DateLabels = [.. days.Select((d, i) => (d.Date, i)).Where(d => (days.Count - 1 - d.i) % every == 0)
            .Select(d => (Fmt(X(d.i)), d.Date.ToString("d MMM", CultureInfo.InvariantCulture)))];
    }

    /// <summary>The right axis' top, in minutes (at least 10, so a short session is not a full-height bar).</summary>
    public int MaxMinutes { get; }

    public IReadOnlyList<ChartBar> Bars { get; }

    public IReadOnlyList<ChartLine> Lines { get; }

    /// <summary>Where a date is written under the axis, counted back from today so that today is always labelled.</summary>
    public IReadOnlyList<(string X, string Text)> DateLabels { get; }

    public static string PlotLeft => Fmt(Left);

    public static string PlotRight => Fmt(Width - Right);

    public static string LabelY => Fmt(Height - 10);

    /// <summary>The height of a pain score.</summary>
    public static string Y(double score) => Fmt(PainY(score));

    /// <summary>The height of a number of minutes on the right axis.</summary>
    public string MinutesY(double minutes) => Fmt(Top + PlotHeight - (PlotHeight * minutes / MaxMinutes));

    private static double PainY(double score) => Top + (PlotHeight * (1 - (score / 10)));

    private static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

public sealed record ChartBar(string X, string Y, string Width, string Height, InsightDay Day);

/// <param name="Points">Polylines through days in a row with scores.</param>
/// <param name="Dots">Days with a score between two without.</param>
public sealed record ChartLine(PainArea Area, IReadOnlyList<string> Points, IReadOnlyList<(string X, string Y)> Dots);
