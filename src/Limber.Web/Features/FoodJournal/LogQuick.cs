using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.FoodJournal;

/// <summary>A quick entry: a name and its energy, with protein, carbohydrate and fat when known (a meal out, a snack without a label).</summary>
public sealed class LogQuick(AppDbContext db, MemberDates dates)
{
    public const int NameMaxLength = 200;

    public sealed record Input(string? Name, double? EnergyKcal, double? Protein, double? Carbohydrate, double? Fat, Meal? Meal);

    public async Task<Result<JournalEntry>> HandleAsync(Guid memberId, DateOnly date, Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        JournalRules.Check(errors, date, await dates.TodayAsync(memberId, cancellationToken), input.Meal);
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > NameMaxLength)
        {
            errors[nameof(Input.Name)] = JournalRules.Messages.Name;
        }
        if (input.EnergyKcal is not (>= 0 and <= JournalRules.MaxKcal))
        {
            errors[nameof(Input.EnergyKcal)] = JournalRules.Messages.Kcal;
        }
        foreach (var (field, grams) in new[] { (nameof(Input.Protein), input.Protein), (nameof(Input.Carbohydrate), input.Carbohydrate), (nameof(Input.Fat), input.Fat) })
        {
            if (grams is not null and not (>= 0 and <= JournalRules.MaxNutrientGrams))
            {
                errors[field] = JournalRules.Messages.Nutrient;
            }
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var entry = db.JournalEntries.Add(new JournalEntry
        {
            MemberId = memberId,
            Date = date,
            Meal = input.Meal!.Value,
            Kind = EntryKind.Quick,
            Name = name,
            Amount = 1,
            Unit = JournalEntry.ServingUnit,
            Values = new NutritionalValues(input.EnergyKcal, input.EnergyKcal * 4.184, input.Protein, input.Fat, null, input.Carbohydrate, null, null, null),
            CreatedAtUtc = dates.UtcNow,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(entry);
    }
}
