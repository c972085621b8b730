using Limber.Features.Accounts;
using Limber.Features.FoodJournal;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>Recipes as the journal logs them (<see cref="IJournalRecipes"/>): a published recipe the member may read in full, with one serving's nutrition.</summary>
public sealed class RecipeJournal(AppDbContext db, MemberAccess access) : IJournalRecipes
{
    public async Task<JournalRecipe?> FindAsync(Guid recipeId, Guid memberId, CancellationToken cancellationToken)
    {
        var recipe = await db.Recipes.AsNoTracking().Listed().WithIngredients().SingleOrDefaultAsync(r => r.Id == recipeId, cancellationToken);
        if (recipe is null || !await MayReadAsync(recipe, memberId, cancellationToken))
        {
            return null;
        }
        return new JournalRecipe(recipe.Id, recipe.Slug, recipe.Title, RecipeNutrition.Of(recipe).PerServing);
    }

    private async Task<bool> MayReadAsync(Recipe recipe, Guid memberId, CancellationToken cancellationToken) =>
        recipe.Visibility != Visibility.Premium
        || await access.HasPremiumAsync(memberId, cancellationToken)
        || await db.UserRoles.AnyAsync(ur => ur.UserId == memberId
            && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Admin || r.Name == Roles.Editor)), cancellationToken);
}
