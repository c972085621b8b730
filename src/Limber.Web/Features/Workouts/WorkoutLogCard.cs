using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>The account overview's training card: minutes this week and the streak, in the member's time zone as on the log.</summary>
public sealed class WorkoutLogCard(AppDbContext db, TimeProvider clock) : IAccountOverviewCard
{
    public int Order => 20;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var me = member.UserId()!.Value;
        var zone = WorkoutLogSummary.ZoneOf(await db.Users.Where(u => u.Id == me).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        // A streak longer than a year is still shown as counted from the last 400 days, as on the log page.
        var since = now.AddDays(-400);
        var sessions = await db.WorkoutSessions.AsNoTracking().OwnedBy(me).Where(s => s.FinishedAtUtc > since)
            .Select(s => new { s.FinishedAtUtc, s.SecondsDone }).ToListAsync(cancellationToken);
        var summary = WorkoutLogSummary.From(sessions.Select(s => (s.FinishedAtUtc, s.SecondsDone)), zone, now);
        var streak = summary.StreakDays == 1 ? "1 day" : $"{summary.StreakDays} days";
        return new AccountCard("This week", $"{summary.MinutesThisWeek} min", [new($"Streak: {streak}"), new("Find a workout", "/workouts")],
            "Workout log", "/account/workouts");
    }
}
