using Limber.Features.Foods;

namespace Limber.Features.FoodJournal;

/// <summary>
/// The seam through which the journal logs a recipe ("Log this meal"): Recipes answers it, so the
/// journal never reads recipe tables. Null when there is no such published recipe or the member
/// may not read it in full.
/// </summary>
public interface IJournalRecipes
{
    Task<JournalRecipe?> FindAsync(Guid recipeId, Guid memberId, CancellationToken cancellationToken);
}

/// <summary>A recipe as the journal logs it: its name, where it lives and one serving's nutrition.</summary>
public sealed record JournalRecipe(Guid Id, string Slug, string Title, NutritionalValues PerServing);
