using Limber.Features.Accounts;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>Loads a member's <see cref="PainInsights"/>: their scores and sessions, and the postural workouts from the workout log.</summary>
public sealed class InsightsReader(AppDbContext db, MemberDates dates, WorkoutLookup workouts, BackCareSettingsReader settings)
{
    /// <summary>The weeks asked for when they are one of <see cref="PainInsights.WeekChoices"/>, else null.</summary>
    public static int? Weeks(int? asked) => asked is null ? PainInsights.DefaultWeeks : PainInsights.WeekChoices.Contains(asked.Value) ? asked : null;

    public async Task<PainInsights> LoadAsync(Guid memberId, int weeks, CancellationToken cancellationToken)
    {
        var zone = await dates.ZoneAsync(memberId, cancellationToken);
        var today = Times.Today(dates.UtcNow, zone);
        // From the day before the period (a session then counts for its first day), a day earlier still
        // in UTC so that any zone's midnight is covered; the calculator keeps what falls on its days.
        var since = PainInsights.FirstDay(today, weeks).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-2);
        var entries = await db.PainEntries.AsNoTracking().OwnedBy(memberId).Where(p => p.RecordedAtUtc >= since)
            .Select(p => new PainPoint(p.Area, p.Score, p.RecordedAtUtc)).ToListAsync(cancellationToken);
        var sessions = await db.InversionSessions.AsNoTracking().OwnedBy(memberId).Where(s => s.StartedAtUtc >= since)
            .Select(s => new SessionPoint(s.StartedAtUtc, s.Minutes)).ToListAsync(cancellationToken);
        var postural = await workouts.FinishedInSeriesAsync(memberId, (await settings.GetAsync(cancellationToken)).PosturalSeriesSlug, since, cancellationToken);
        return PainInsights.From(entries, sessions, postural, zone, today, weeks);
    }
}
