using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;

namespace Limber.Features.FoodJournal;

/// <summary>The account overview's journal card for a Premium member: today's energy (on their clock) against the goal.</summary>
public sealed class JournalCard(JournalDays days, MemberDates dates, MemberAccess access) : IAccountOverviewCard
{
    public int Order => 27;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(member, cancellationToken))
        {
            return null;
        }
        var me = member.UserId()!.Value;
        var today = await dates.TodayAsync(me, cancellationToken);
        var total = await days.TotalAsync(me, today, cancellationToken);
        var goals = await days.GoalsAsync(me, cancellationToken);
        var kcal = JournalText.Number(total.EnergyKcal ?? 0, "kcal");
        return new AccountCard("Food journal", goals?.EnergyKcal is { } goal ? $"{kcal} of {JournalText.Number(goal, "kcal")} kcal" : $"{kcal} kcal",
        [
            new($"Protein today: {JournalText.Number(total.Protein ?? 0, "g")} g" + (goals?.Protein is { } p ? $" of {JournalText.Number(p, "g")} g" : "")),
            goals is null ? new("Set your daily goals", "/journal/goals") : new("This week", $"/journal/week/{JournalDays.Format(today)}"),
        ], "Open today's journal", "/journal");
    }
}
