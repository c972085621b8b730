using System.Globalization;
using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>Reads a member's journal: a day's entries, totals per day (one SUM per day, from the snapshots), goals and recent foods.</summary>
public sealed class JournalDays(AppDbContext db)
{
    public const int RecentFoods = 8;

    public static readonly Meal[] Meals = [Meal.Breakfast, Meal.Lunch, Meal.Dinner, Meal.Snack];

    /// <summary>A day in a URL: exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDay(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day's entries, meal by meal, in the order they were logged.</summary>
    public async Task<List<JournalEntry>> EntriesAsync(Guid memberId, DateOnly date, CancellationToken cancellationToken) =>
        [.. (await db.JournalEntries.AsNoTracking().OwnedBy(memberId).Where(e => e.Date == date).OrderBy(e => e.CreatedAtUtc).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken)).OrderBy(e => Array.IndexOf(Meals, e.Meal))];

    public Task<JournalEntry?> FindAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        db.JournalEntries.AsNoTracking().OwnedBy(memberId).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task<NutritionGoals?> GoalsAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.NutritionGoals.AsNoTracking().OwnedBy(memberId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Each day from <paramref name="from"/> to <paramref name="to"/> that has entries, with its totals: one grouped SUM.</summary>
    public async Task<Dictionary<DateOnly, NutritionalValues>> TotalsAsync(Guid memberId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = await db.JournalEntries.AsNoTracking().OwnedBy(memberId).Where(e => e.Date >= from && e.Date <= to)
            .GroupBy(e => e.Date)
            .Select(g => new
            {
                Date = g.Key,
                Values = new
                {
                    EnergyKcal = g.Sum(e => e.EnergyKcal),
                    EnergyKj = g.Sum(e => e.EnergyKj),
                    Protein = g.Sum(e => e.Protein),
                    Fat = g.Sum(e => e.Fat),
                    SaturatedFat = g.Sum(e => e.SaturatedFat),
                    Carbohydrate = g.Sum(e => e.Carbohydrate),
                    Sugars = g.Sum(e => e.Sugars),
                    Fibre = g.Sum(e => e.Fibre),
                    SodiumMg = g.Sum(e => e.SodiumMg),
                },
            }).ToListAsync(cancellationToken);
        return days.ToDictionary(d => d.Date, d => new NutritionalValues(d.Values.EnergyKcal, d.Values.EnergyKj, d.Values.Protein, d.Values.Fat,
            d.Values.SaturatedFat, d.Values.Carbohydrate, d.Values.Sugars, d.Values.Fibre, d.Values.SodiumMg));
    }

    public async Task<NutritionalValues> TotalAsync(Guid memberId, DateOnly date, CancellationToken cancellationToken) =>
        (await TotalsAsync(memberId, date, date, cancellationToken)).GetValueOrDefault(date, NutritionalValues.Zero);

    /// <summary>The member's last <see cref="RecentFoods"/> different foods, each as its latest entry (whose amount and unit "add again" repeats).</summary>
    public async Task<List<JournalEntry>> RecentFoodsAsync(Guid memberId, CancellationToken cancellationToken) =>
        [.. (await db.JournalEntries.AsNoTracking().OwnedBy(memberId).Where(e => e.Kind == EntryKind.Food && e.FoodId != null)
            .OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id).Take(RecentFoods * 10).ToListAsync(cancellationToken))
            .DistinctBy(e => e.FoodId).Take(RecentFoods)];
}
