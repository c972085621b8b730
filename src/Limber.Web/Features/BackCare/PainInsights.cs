using System.Globalization;

namespace Limber.Features.BackCare;

/// <summary>
/// What the insights page, its CSV's neighbour table and the API show: per day on the member's clock,
/// the average and range of pain per area, inversion minutes and postural workouts done, and for each
/// area a plain comparison of days after an inversion session with other days. Pure: the caller loads
/// the rows (<see cref="InsightsReader"/>), so the numbers are tested without a database.
/// </summary>
/// <remarks>
/// A day counts as <em>after a session</em> for an area when every score of that area that day was
/// logged after an inversion session: one started on the day before, or earlier the same day than the
/// day's first score. Every other day with scores is an <em>other day</em>. Each side's figure is the
/// mean of its days' averages, so a day with five scores weighs what a day with one does.
/// </remarks>
public sealed class PainInsights
{
    public static readonly IReadOnlyList<int> WeekChoices = [4, 12, 52];
    public const int DefaultWeeks = 12;

    private PainInsights(int weeks, TimeZoneInfo zone, IReadOnlyList<InsightDay> days, IReadOnlyList<PainArea> areas, IReadOnlyList<AreaSummary> summaries)
    {
        Weeks = weeks;
        Zone = zone;
        Days = days;
        Areas = areas;
        Summaries = summaries;
    }

    public int Weeks { get; }

    /// <summary>The member's time zone: the clock the days follow.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Every day of the period, oldest first, today last; a day with nothing logged is there too, empty.</summary>
    public IReadOnlyList<InsightDay> Days { get; }

    public DateOnly FirstDate => Days[0].Date;

    public DateOnly LastDate => Days[^1].Date;

    /// <summary>The areas with at least one score in the period, in the diary's order.</summary>
    public IReadOnlyList<PainArea> Areas { get; }

    public IReadOnlyList<AreaSummary> Summaries { get; }

    public int InversionMinutes => Days.Sum(d => d.InversionMinutes);

    public int PosturalWorkouts => Days.Sum(d => d.PosturalWorkouts);

    /// <summary>The first day of a period of <paramref name="weeks"/> weeks that ends <paramref name="today"/>.</summary>
    public static DateOnly FirstDay(DateOnly today, int weeks) => today.AddDays(1 - (weeks * 7));

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <param name="entries">Pain scores; those outside the period are left out.</param>
    /// <param name="sessions">Inversion sessions, from the day before the period on (a session that day makes the first day one "after a session").</param>
    /// <param name="posturalFinishedUtc">When each postural workout was finished.</param>
    public static PainInsights From(IEnumerable<PainPoint> entries, IEnumerable<SessionPoint> sessions, IEnumerable<DateTime> posturalFinishedUtc,
        TimeZoneInfo zone, DateOnly today, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var first = FirstDay(today, weeks);
        DateOnly Day(DateTime utc) => Infrastructure.Web.Times.Today(utc, zone);
        var scores = entries.Select(e => (e.Area, e.Score, e.RecordedAtUtc, Day: Day(e.RecordedAtUtc)))
            .Where(e => e.Day >= first && e.Day <= today).ToList();
        var inverted = sessions.Select(s => (s.StartedAtUtc, s.Minutes, Day: Day(s.StartedAtUtc))).ToList();
        var minutes = inverted.GroupBy(s => s.Day).ToDictionary(g => g.Key, g => g.Sum(s => s.Minutes));
        var postural = posturalFinishedUtc.GroupBy(Day).ToDictionary(g => g.Key, g => g.Count());
        var byDay = scores.ToLookup(s => s.Day);

        var days = new List<InsightDay>(weeks * 7);
        for (var date = first; date <= today; date = date.AddDays(1))
        {
            var pain = byDay[date].GroupBy(s => s.Area).OrderBy(g => g.Key)
                .Select(g => new AreaDay(g.Key, g.Average(s => s.Score), g.Min(s => s.Score), g.Max(s => s.Score), g.Count())).ToList();
            days.Add(new InsightDay(date, pain, minutes.GetValueOrDefault(date), postural.GetValueOrDefault(date)));
        }
        var areas = scores.Select(s => s.Area).Distinct().Order().ToList();
        var summaries = areas.Select(area =>
        {
            var after = new List<double>();
            var other = new List<double>();
            foreach (var day in days.Where(d => d.For(area) is not null))
            {
                var firstScore = scores.Where(s => s.Area == area && s.Day == day.Date).Min(s => s.RecordedAtUtc);
                var isAfter = inverted.Any(s => s.Day == day.Date.AddDays(-1) || (s.Day == day.Date && s.StartedAtUtc < firstScore));
                (isAfter ? after : other).Add(day.For(area)!.Average);
            }
            return new AreaSummary(area, after.Count, other.Count, after.Count > 0 ? after.Average() : null, other.Count > 0 ? other.Average() : null);
        }).ToList();
        return new PainInsights(weeks, zone, days, areas, summaries);
    }

    /// <summary>
    /// The area's mean daily average over the last 7 days (today included) and over the 7 before, or
    /// null for a week without scores; needs a period of at least two weeks.
    /// </summary>
    public (double? LastWeek, double? WeekBefore) Trend(PainArea area)
    {
        double? Mean(IEnumerable<InsightDay> week)
        {
            var averages = week.Select(d => d.For(area)?.Average).OfType<double>().ToList();
            return averages.Count > 0 ? averages.Average() : null;
        }
        return (Mean(Days.Where(d => d.Date > LastDate.AddDays(-7))), Mean(Days.Where(d => d.Date <= LastDate.AddDays(-7) && d.Date > LastDate.AddDays(-14))));
    }

    /// <summary>A score as the pages write it: one decimal, "3.1".</summary>
    public static string Format(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);
}

public sealed record PainPoint(PainArea Area, int Score, DateTime RecordedAtUtc);

public sealed record SessionPoint(DateTime StartedAtUtc, int Minutes);

/// <summary>One area's scores on one day: their average, lowest, highest and how many.</summary>
public sealed record AreaDay(PainArea Area, double Average, int Min, int Max, int Entries);

/// <param name="Pain">The areas scored that day, in the diary's order; empty on a day without scores.</param>
public sealed record InsightDay(DateOnly Date, IReadOnlyList<AreaDay> Pain, int InversionMinutes, int PosturalWorkouts)
{
    public AreaDay? For(PainArea area) => Pain.FirstOrDefault(p => p.Area == area);

    public bool IsEmpty => Pain.Count == 0 && InversionMinutes == 0 && PosturalWorkouts == 0;
}

/// <summary>One area's days after an inversion session against its other days (<see cref="PainInsights"/> says which is which).</summary>
public sealed record AreaSummary(PainArea Area, int DaysAfterSession, int OtherDays, double? AverageAfterSession, double? AverageOtherDays)
{
    /// <summary>Fewer days than this on either side, and the summary says there is not enough data yet.</summary>
    public const int MinimumDays = 5;

    public int DaysWithEntries => DaysAfterSession + OtherDays;

    public bool EnoughData => DaysAfterSession >= MinimumDays && OtherDays >= MinimumDays;

    /// <summary>The plain-words sentence: what went with what, and over how many days; never what caused what.</summary>
    public string Text => EnoughData
        ? $"On days after an inversion session your {PainAreas.PainWords(Area)} averaged {PainInsights.Format(AverageAfterSession!.Value)}, " +
          $"against {PainInsights.Format(AverageOtherDays!.Value)} on other days, over {DaysWithEntries} days with entries " +
          $"({DaysAfterSession} after a session, {OtherDays} other days)."
        : $"Not enough data yet to compare your {PainAreas.PainWords(Area)} on days after an inversion session with other days: " +
          $"{Days(DaysAfterSession)} after a session and {Days(OtherDays)} without one so far, over {Days(DaysWithEntries)} with entries; " +
          $"each side needs at least {MinimumDays} days.";

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
