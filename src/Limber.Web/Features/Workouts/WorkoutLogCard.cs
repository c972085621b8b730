using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;

namespace Limber.Features.Workouts;

/// <summary>The account overview's training card: minutes this week and the streak, loaded as the log page loads them.</summary>
public sealed class WorkoutLogCard(AppDbContext db, TimeProvider clock) : IAccountOverviewCard
{
    public int Order => 20;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var summary = await WorkoutLogSummary.LoadAsync(db, member.UserId()!.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var streak = summary.StreakDays == 1 ? "1 day" : $"{summary.StreakDays} days";
        return new AccountCard("This week", $"{summary.MinutesThisWeek} min", [new($"Streak: {streak}"), new("Find a workout", "/workouts")],
            "Workout log", "/account/workouts");
    }
}
