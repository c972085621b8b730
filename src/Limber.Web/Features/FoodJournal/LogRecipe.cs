using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.FoodJournal;

/// <summary>
/// Logs servings of a recipe ("Log this meal"): its title and one serving's nutrition come through
/// <see cref="IJournalRecipes"/> and are kept with the entry. Until Recipes registers the seam, every
/// recipe is not found.
/// </summary>
public sealed class LogRecipe(AppDbContext db, MemberDates dates, IJournalRecipes? recipes = null)
{
    public sealed record Input(Guid? RecipeId, double? Servings, Meal? Meal);

    public async Task<Result<JournalEntry>> HandleAsync(Guid memberId, DateOnly date, Input input, CancellationToken cancellationToken)
    {
        if (input.RecipeId is not { } id)
        {
            return Result.Invalid(nameof(Input.RecipeId), JournalRules.Messages.Recipe);
        }
        if (recipes is null || await recipes.FindAsync(id, memberId, cancellationToken) is not { } recipe)
        {
            return Result.NotFound(JournalRules.Messages.Recipe);
        }
        var errors = new Dictionary<string, string>();
        JournalRules.Check(errors, date, await dates.TodayAsync(memberId, cancellationToken), input.Meal);
        if (input.Servings is not (> 0 and <= JournalRules.MaxServings))
        {
            errors[nameof(Input.Servings)] = JournalRules.Messages.Servings;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var servings = input.Servings!.Value;
        var entry = db.JournalEntries.Add(new JournalEntry
        {
            MemberId = memberId,
            Date = date,
            Meal = input.Meal!.Value,
            Kind = EntryKind.Recipe,
            RecipeId = recipe.Id,
            Name = LogFood.Truncate(recipe.Title),
            Amount = servings,
            Unit = JournalEntry.ServingUnit,
            Values = recipe.PerServing.Times(servings),
            CreatedAtUtc = dates.UtcNow,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(entry);
    }
}
