using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>
/// What a member's log shows: minutes this week, the current streak of active days and the month's
/// calendar, all counted in the member's own time zone, <paramref name="Zone"/> (a session at 23:30 in
/// Paris belongs to that Paris day, whatever UTC says). The log page and the account card load it the same way.
/// </summary>
public sealed record WorkoutLogSummary(int MinutesThisWeek, int StreakDays, DateOnly Today, IReadOnlySet<DateOnly> ActiveDays, TimeZoneInfo Zone)
{
    /// <summary>How far back the log reads: a streak longer than this is shown as counted from here.</summary>
    public const int DaysRead = 400;

    /// <summary>The first moment the log reads, <see cref="DaysRead"/> days before <paramref name="nowUtc"/>.</summary>
    public static DateTime Since(DateTime nowUtc) => nowUtc.AddDays(-DaysRead);

    /// <summary>The member's summary from their sessions since <see cref="Since"/>, in the time zone of their profile.</summary>
    public static async Task<WorkoutLogSummary> LoadAsync(AppDbContext db, Guid memberId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var zone = ZoneOf(await db.Users.Where(u => u.Id == memberId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));
        var since = Since(nowUtc);
        var sessions = await db.WorkoutSessions.AsNoTracking().OwnedBy(memberId).Where(s => s.FinishedAtUtc > since)
            .Select(s => new { s.FinishedAtUtc, s.SecondsDone }).ToListAsync(cancellationToken);
        return From(sessions.Select(s => (s.FinishedAtUtc, s.SecondsDone)), zone, nowUtc);
    }

    public static WorkoutLogSummary From(IEnumerable<(DateTime FinishedAtUtc, int Seconds)> sessions, TimeZoneInfo zone, DateTime nowUtc)
    {
        var list = sessions.ToList();
        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
        var today = Day(nowUtc);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)); // Monday
        var days = list.Select(s => Day(s.FinishedAtUtc)).ToHashSet();
        var seconds = list.Where(s => Day(s.FinishedAtUtc) >= weekStart).Sum(s => s.Seconds);
        // A streak still counts today when today has no session yet: it ends only once a whole day passes without one.
        var cursor = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(cursor))
        {
            streak++;
            cursor = cursor.AddDays(-1);
        }
        return new WorkoutLogSummary((int)Math.Round(seconds / 60.0), streak, today, days, zone);
    }

    public static TimeZoneInfo ZoneOf(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
