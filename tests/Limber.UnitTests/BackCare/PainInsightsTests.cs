using Limber.Features.BackCare;

namespace Limber.UnitTests.BackCare;

public sealed class PainInsightsTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"); // UTC+9, no daylight saving

    private static DateTime At(int day, int hour, int minute = 0) => new(2026, 1, day, hour, minute, 0, DateTimeKind.Utc);

    private static PainPoint Back(int score, DateTime at) => new(PainArea.LowerBack, score, at);

    private static PainInsights Of(IEnumerable<PainPoint> entries, IEnumerable<SessionPoint>? sessions = null, IEnumerable<DateTime>? postural = null,
        TimeZoneInfo? zone = null, int weeks = 4) => PainInsights.From(entries, sessions ?? [], postural ?? [], zone ?? Utc, Today, weeks);

    [Theory]
    [InlineData(4, 28, "2025-12-19")]
    [InlineData(12, 84, "2025-10-24")]
    [InlineData(52, 364, "2025-01-17")]
    public void Days_CoverTheWeeks_EndingToday_EmptyDaysIncluded(int weeks, int count, string first)
    {
        var insights = Of([], weeks: weeks);

        Assert.Equal(count, insights.Days.Count);
        Assert.Equal(DateOnly.Parse(first), insights.FirstDate);
        Assert.Equal(Today, insights.LastDate);
        Assert.All(insights.Days, d => Assert.True(d.IsEmpty));
        Assert.Empty(insights.Areas);
        Assert.Empty(insights.Summaries);
    }

    [Fact]
    public void SeveralEntriesADay_GiveTheAverageAndRange_PerArea()
    {
        var insights = Of([Back(2, At(13, 8)), Back(7, At(13, 12)), Back(3, At(13, 20)), new(PainArea.Knees, 4, At(13, 9))]);

        var day = insights.Days.Single(d => d.Date == new DateOnly(2026, 1, 13));
        Assert.Equal(new AreaDay(PainArea.LowerBack, 4, 2, 7, 3), day.For(PainArea.LowerBack));
        Assert.Equal(new AreaDay(PainArea.Knees, 4, 4, 4, 1), day.For(PainArea.Knees));
        Assert.Equal([PainArea.LowerBack, PainArea.Knees], insights.Areas);
        Assert.Null(insights.Days.Single(d => d.Date == new DateOnly(2026, 1, 12)).For(PainArea.LowerBack));
    }

    [Fact]
    public void TheMembersZone_DecidesTheDay_ForScoresSessionsAndWorkouts()
    {
        // 16:00 UTC on the 13th is 01:00 on the 14th in Tokyo.
        var insights = Of([Back(5, At(13, 16)), Back(1, At(13, 14))], [new(At(13, 15, 30), 4), new(At(13, 14, 59), 2)], [At(13, 15), At(14, 16)], Tokyo);

        var thirteenth = insights.Days.Single(d => d.Date == new DateOnly(2026, 1, 13));
        var fourteenth = insights.Days.Single(d => d.Date == new DateOnly(2026, 1, 14));
        Assert.Equal(1, thirteenth.For(PainArea.LowerBack)!.Average);
        Assert.Equal(5, fourteenth.For(PainArea.LowerBack)!.Average);
        Assert.Equal((2, 4), (thirteenth.InversionMinutes, fourteenth.InversionMinutes));
        Assert.Equal((0, 1), (thirteenth.PosturalWorkouts, fourteenth.PosturalWorkouts));
        Assert.Equal(1, insights.Days.Single(d => d.Date == new DateOnly(2026, 1, 15)).PosturalWorkouts);
        Assert.Equal(6, insights.InversionMinutes);
    }

    [Fact]
    public void EntriesOutsideThePeriod_AreLeftOut_ButASessionTheDayBefore_StillCounts()
    {
        var before = new DateTime(2025, 12, 18, 9, 0, 0, DateTimeKind.Utc);
        var insights = Of([Back(9, before), Back(3, new DateTime(2025, 12, 19, 9, 0, 0, DateTimeKind.Utc))], [new(before, 5)]);

        Assert.Equal(3, insights.Days[0].For(PainArea.LowerBack)!.Average);
        Assert.Equal(0, insights.InversionMinutes);
        Assert.Equal(1, insights.Summaries.Single().DaysAfterSession);
    }

    [Fact]
    public void ADayIsAfterASession_WhenEveryScoreCameAfterOne_ThatDayOrTheDayBefore()
    {
        var insights = Of(
            [
                Back(2, At(5, 9)),                     // the day after a session on the 4th
                Back(3, At(8, 18)), Back(5, At(8, 20)), // a session that morning, before both
                Back(6, At(11, 7)), Back(4, At(11, 21)), // the session came between: the day's first score was before it
                Back(7, At(13, 9)),                    // a session two days before: an other day
            ],
            [new(At(4, 22), 3), new(At(8, 7), 3), new(At(11, 12), 3)]);

        var summary = insights.Summaries.Single();
        Assert.Equal((2, 2), (summary.DaysAfterSession, summary.OtherDays));
        Assert.Equal(3, summary.AverageAfterSession); // (2 + 4) / 2: each day weighs the same
        Assert.Equal(6, summary.AverageOtherDays);    // (5 + 7) / 2
    }

    [Fact]
    public void Summary_WithFiveDaysOnEachSide_StatesTheAveragesAndTheSampleSize()
    {
        var entries = new List<PainPoint>();
        var sessions = new List<SessionPoint>();
        for (var i = 0; i < 5; i++)
        {
            sessions.Add(new(At(1, 8).AddDays(i * 3), 3));
            entries.Add(Back(2 + (i % 2), At(2, 9).AddDays(i * 3)));  // the day after each session: 2, 3, 2, 3, 2
            entries.Add(Back(5, At(3, 9).AddDays(i * 3)));            // two days after: 5
        }

        var summary = Of(entries, sessions).Summaries.Single();

        Assert.True(summary.EnoughData);
        Assert.Equal(10, summary.DaysWithEntries);
        Assert.Equal("On days after an inversion session your lower-back pain averaged 2.4, against 5.0 on other days, over 10 days with entries "
            + "(5 after a session, 5 other days).", summary.Text);
    }

    [Theory]
    [InlineData(4, 9, "4 days after a session and 9 days without one so far, over 13 days with entries")]
    [InlineData(1, 0, "1 day after a session and 0 days without one so far, over 1 day with entries")]
    public void Summary_WithFewerThanFiveDaysOnASide_SaysThereIsNotEnoughDataYet(int after, int other, string counts)
    {
        var summary = new AreaSummary(PainArea.Neck, after, other, after > 0 ? 3 : null, other > 0 ? 4 : null);

        Assert.False(summary.EnoughData);
        Assert.Equal($"Not enough data yet to compare your neck pain on days after an inversion session with other days: {counts}; "
            + "each side needs at least 5 days.", summary.Text);
        Assert.DoesNotContain("averaged", summary.Text);
    }

    [Fact]
    public void Trend_ComparesTheLastSevenDays_WithTheSevenBefore()
    {
        var insights = Of([Back(2, At(15, 8)), Back(4, At(9, 8)), Back(8, At(8, 8)), Back(6, At(2, 8)), Back(1, At(1, 8))], weeks: 2);

        Assert.Equal((3.0, 7.0), insights.Trend(PainArea.LowerBack));
        Assert.Equal((null, null), insights.Trend(PainArea.Neck));
    }

    [Fact]
    public void WeekStart_IsMonday()
    {
        Assert.Equal(new DateOnly(2026, 1, 12), PainInsights.WeekStart(Today));
        Assert.Equal(new DateOnly(2026, 1, 12), PainInsights.WeekStart(new DateOnly(2026, 1, 18)));
        Assert.Equal(new DateOnly(2026, 1, 12), PainInsights.WeekStart(new DateOnly(2026, 1, 12)));
    }
}
