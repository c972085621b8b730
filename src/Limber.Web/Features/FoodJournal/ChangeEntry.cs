using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>
/// Changes an entry's amount, unit or meal, and removes one. The nutrients scale with the new
/// weight (or servings) from what was logged, so a food re-imported since does not rewrite the
/// entry; a new portion unit needs the food still in the table. Another member's entry is not found.
/// </summary>
public sealed class ChangeEntry(AppDbContext db, FoodSearch foods)
{
    public sealed record Input(double? Amount, string? Unit, Meal? Meal);

    public async Task<Result<JournalEntry>> HandleAsync(Guid memberId, Guid id, Input input, CancellationToken cancellationToken)
    {
        if (await db.JournalEntries.OwnedBy(memberId).SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } entry)
        {
            return Result.NotFound(JournalRules.Messages.NotFound);
        }
        var errors = new Dictionary<string, string>();
        if (input.Meal is { } meal && !Enum.IsDefined(meal))
        {
            errors[nameof(Input.Meal)] = JournalRules.Messages.Meal;
        }
        var amount = input.Amount ?? entry.Amount;
        var unit = string.IsNullOrWhiteSpace(input.Unit) ? entry.Unit : input.Unit.Trim();
        double factor = 1;
        if (entry.Kind == EntryKind.Food)
        {
            var each = await GramsEachAsync(entry, unit, memberId, cancellationToken);
            if (!JournalRules.IsAmount(amount))
            {
                errors[nameof(Input.Amount)] = JournalRules.Messages.Amount;
            }
            else if (each * amount > JournalRules.MaxGrams)
            {
                errors[nameof(Input.Amount)] = JournalRules.Messages.TooHeavy;
            }
            if (each is null)
            {
                errors[nameof(Input.Unit)] = JournalRules.Messages.Unit;
            }
            else if (!errors.ContainsKey(nameof(Input.Amount)))
            {
                var grams = amount * each.Value;
                factor = entry.Grams is > 0 ? grams / entry.Grams.Value : 1;
                entry.Grams = grams;
            }
        }
        else
        {
            if (amount is not (> 0 and <= JournalRules.MaxServings))
            {
                errors[nameof(Input.Amount)] = JournalRules.Messages.Servings;
            }
            if (unit != JournalEntry.ServingUnit)
            {
                errors[nameof(Input.Unit)] = JournalRules.Messages.ServingUnit;
            }
            factor = amount / entry.Amount;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        entry.Values = entry.Values.Times(factor);
        entry.Amount = amount;
        entry.Unit = unit;
        entry.Meal = input.Meal ?? entry.Meal;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(entry);
    }

    public async Task<Result<Done>> RemoveAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        await db.JournalEntries.OwnedBy(memberId).Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? Result.NotFound(JournalRules.Messages.NotFound)
            : Result.Ok();

    /// <summary>Grams in one unit: "g", the unit it was logged in (known from the entry), or another portion of the food.</summary>
    private async Task<double?> GramsEachAsync(JournalEntry entry, string unit, Guid memberId, CancellationToken cancellationToken)
    {
        if (unit == JournalEntry.GramsUnit)
        {
            return 1;
        }
        if (unit == entry.Unit && entry.Grams is { } grams && entry.Amount > 0)
        {
            return grams / entry.Amount;
        }
        return entry.FoodId is { } foodId && await foods.FindAsync(foodId, memberId, cancellationToken) is { } food ? food.GramsIn(unit) : null;
    }
}
