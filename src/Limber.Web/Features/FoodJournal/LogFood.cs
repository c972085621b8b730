using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.FoodJournal;

/// <summary>
/// Logs an amount of a food the member may use (the shared table or their own) in a meal on a day:
/// in grams or one of the food's portions, turned into grams, and the nutrients of that weight
/// kept with the entry. An unknown or another member's food is not found.
/// </summary>
public sealed class LogFood(AppDbContext db, FoodSearch foods, MemberDates dates)
{
    public const string NoSuchFood = "There is no such food.";

    /// <param name="Unit">"g" (also when empty) or a portion's unit, as the food names it.</param>
    public sealed record Input(Guid? FoodId, double? Amount, string? Unit, Meal? Meal);

    public async Task<Result<JournalEntry>> HandleAsync(Guid memberId, DateOnly date, Input input, CancellationToken cancellationToken)
    {
        var food = input.FoodId is { } id ? await foods.FindAsync(id, memberId, cancellationToken) : null;
        if (input.FoodId is not null && food is null)
        {
            return Result.NotFound(NoSuchFood);
        }
        var errors = new Dictionary<string, string>();
        JournalRules.Check(errors, date, await dates.TodayAsync(memberId, cancellationToken), input.Meal);
        if (food is null)
        {
            errors[nameof(Input.FoodId)] = JournalRules.Messages.Food;
        }
        var unit = string.IsNullOrWhiteSpace(input.Unit) ? JournalEntry.GramsUnit : input.Unit.Trim();
        var each = food?.GramsIn(unit);
        if (!JournalRules.IsAmount(input.Amount))
        {
            errors[nameof(Input.Amount)] = JournalRules.Messages.Amount;
        }
        else if (each * input.Amount > JournalRules.MaxGrams)
        {
            errors[nameof(Input.Amount)] = JournalRules.Messages.TooHeavy;
        }
        if (food is not null && each is null)
        {
            errors[nameof(Input.Unit)] = JournalRules.Messages.Unit;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var grams = input.Amount!.Value * each!.Value;
        var entry = db.JournalEntries.Add(new JournalEntry
        {
            MemberId = memberId,
            Date = date,
            Meal = input.Meal!.Value,
            Kind = EntryKind.Food,
            FoodId = food!.Id,
            Name = Truncate(food.DisplayName),
            Amount = input.Amount.Value,
            Unit = unit,
            Grams = grams,
            Values = food.In(grams),
            CreatedAtUtc = dates.UtcNow,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(entry);
    }

    internal static string Truncate(string name) => name.Length <= JournalEntry.NameMaxLength ? name : name[..JournalEntry.NameMaxLength];
}
