using Limber.Features.Workouts;

namespace Limber.UnitTests.Workouts;

public sealed class WorkoutLogTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Streak_CountsConsecutiveLocalDays_IncludingYesterdayWhenTodayIsStillOpen()
    {
        var now = Utc(3, 12, 9);
        var sessions = new[] { (Utc(3, 11, 18), 600), (Utc(3, 10, 7), 600), (Utc(3, 9, 7), 600), (Utc(3, 7, 7), 600) };

        var summary = WorkoutLogSummary.From(sessions, TimeZoneInfo.Utc, now);

        Assert.Equal(3, summary.StreakDays);
    }

    [Fact]
    public void Streak_SessionJustBeforeLocalMidnight_BelongsToThatLocalDay()
    {
        // 22:30 UTC on 10 March is 23:30 in Paris (same day) but 11 March at 00:30 would be the next day there.
        var now = Utc(3, 11, 20);
        var sessions = new[] { (Utc(3, 10, 22, 30), 600), (Utc(3, 11, 19), 600) };

        Assert.Equal(2, WorkoutLogSummary.From(sessions, Paris, now).StreakDays);
        Assert.Equal(new DateOnly(2026, 3, 10), WorkoutLogSummary.From(sessions, Paris, now).ActiveDays.Min());
    }

    [Fact]
    public void Streak_DependsOnTheMembersTimeZone()
    {
        // Both sessions fall on 10 March in UTC, but on 9 and 10 March in Los Angeles.
        var now = Utc(3, 10, 23);
        var sessions = new[] { (Utc(3, 10, 3), 600), (Utc(3, 10, 22), 600) };

        Assert.Equal(1, WorkoutLogSummary.From(sessions, TimeZoneInfo.Utc, now).StreakDays);
        Assert.Equal(2, WorkoutLogSummary.From(sessions, LosAngeles, now).StreakDays);
    }

    [Fact]
    public void MinutesThisWeek_StartsOnMondayInTheMembersZone()
    {
        var now = Utc(3, 11, 12); // Wednesday
        var sessions = new[] { (Utc(3, 9, 8), 1200), (Utc(3, 8, 8), 1800), (Utc(3, 11, 8), 600) };

        Assert.Equal(30, WorkoutLogSummary.From(sessions, TimeZoneInfo.Utc, now).MinutesThisWeek);
    }

    [Fact]
    public void NoSessions_NoStreak()
    {
        Assert.Equal(0, WorkoutLogSummary.From([], Paris, Utc(3, 1, 1)).StreakDays);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', 1, 2, 3, 4 }, "mp4")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 1, 2, 3, 4 }, "webm")]
    [InlineData(new byte[] { (byte)'<', (byte)'h', (byte)'t', (byte)'m', (byte)'l', 0, 0, 0 }, null)]
    [InlineData(new byte[] { 1 }, null)]
    public void VideoFiles_AreRecognisedByTheirBytes(byte[] head, string? expected) => Assert.Equal(expected, VideoFiles.Sniff(head));

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/123456789", "https://player.vimeo.com/video/123456789?dnt=1")]
    [InlineData("https://evil.example/watch?v=dQw4w9WgXcQ", null)]
    [InlineData("javascript:alert(1)", null)]
    public void VideoEmbeds_ArePrivacyEnhancedOrRefused(string url, string? expected) => Assert.Equal(expected, VideoEmbeds.PrivacyEnhanced(url));
}
