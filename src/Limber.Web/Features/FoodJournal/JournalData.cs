using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>A member's food journal in their export (every entry, the goals); the rows go with the account (cascade).</summary>
public sealed class JournalData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "foodJournal";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken)
    {
        var entries = await db.JournalEntries.AsNoTracking().OwnedBy(member.Id).OrderBy(e => e.Date).ThenBy(e => e.CreatedAtUtc).ToListAsync(cancellationToken);
        var goals = await db.NutritionGoals.AsNoTracking().OwnedBy(member.Id).SingleOrDefaultAsync(cancellationToken);
        return new
        {
            Goals = goals is null ? null : GoalsResponse.From(goals),
            Entries = entries.Select(e => new
            {
                e.Date,
                e.Meal,
                e.Kind,
                e.Name,
                e.Amount,
                e.Unit,
                e.Grams,
                Nutrients = NutrientsResponse.From(e.Values),
                CreatedAt = e.CreatedAtUtc,
            }),
        };
    }

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
