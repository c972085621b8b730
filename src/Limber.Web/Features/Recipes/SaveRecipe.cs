using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes;

/// <summary>
/// Creates or updates a recipe from the editor. Ingredient lines are matched to the lines already
/// there by their text, so a line that did not change keeps its link; a new line is read into
/// amount, unit and name and gets a suggested food (<see cref="IngredientMatcher"/>) for the editor to confirm.
/// </summary>
public sealed class SaveRecipe(AppDbContext db, IngredientMatcher matcher, PendingImages pending, PageCacheEvictions cache, TimeProvider clock)
{
    public const int MaxIngredients = 60;
    public const int MaxSteps = 40;

    /// <param name="Photo">A newly chosen photo: its <see cref="PendingImages"/> key; null keeps the current one.</param>
    public sealed record Input(string? Title, string? Slug, string? Summary, int? Servings, int? PrepMinutes, int? CookMinutes, string? Tags,
        Visibility Visibility, bool Published, bool CommentsEnabled, string? Ingredients, string? Steps, string? Photo, string? PhotoAlt);

    public static class Messages
    {
        public const string Title = "Give the recipe a title (at most 200 characters).";
        public const string Slug = "Use lower-case letters, digits and single hyphens.";
        public const string SlugTaken = "Another recipe already uses this slug.";
        public const string Summary = "The summary is at most 500 characters.";
        public const string Servings = "Give the servings as a whole number from 1 to 100.";
        public const string Minutes = "Give the minutes as a whole number from 0 to 1440.";
        public const string Ingredients = "Give at most 60 ingredients, each at most 200 characters.";
        public const string Steps = "Give at most 40 steps, each at most 2,000 characters.";
        public const string PublishEmpty = "Add ingredients and steps before publishing.";
    }

    public async Task<Result<Recipe>> HandleAsync(Guid? id, Input input, CancellationToken cancellationToken)
    {
        var recipe = id is null ? null : await db.Recipes.Include(r => r.Ingredients).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (id is not null && recipe is null)
        {
            return Result.NotFound();
        }
        var errors = new Dictionary<string, string>();
        var title = input.Title?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(title) : input.Slug.Trim();
        if (title.Length is 0 or > Recipe.TitleMaxLength)
        {
            errors[nameof(Input.Title)] = Messages.Title;
        }
        else if (!Slugs.IsValid(slug))
        {
            errors[nameof(Input.Slug)] = Messages.Slug;
        }
        else if (await db.Recipes.AnyAsync(r => r.Slug == slug && r.Id != (id ?? Guid.Empty), cancellationToken))
        {
            errors[nameof(Input.Slug)] = Messages.SlugTaken;
        }
        if (input.Summary?.Trim().Length > Recipe.SummaryMaxLength)
        {
            errors[nameof(Input.Summary)] = Messages.Summary;
        }
        if (input.Servings is not (>= 1 and <= 100))
        {
            errors[nameof(Input.Servings)] = Messages.Servings;
        }
        if (input.PrepMinutes is not (>= 0 and <= 1440))
        {
            errors[nameof(Input.PrepMinutes)] = Messages.Minutes;
        }
        if (input.CookMinutes is not (>= 0 and <= 1440))
        {
            errors[nameof(Input.CookMinutes)] = Messages.Minutes;
        }
        var lines = IngredientLines.Split(input.Ingredients).ToList();
        if (lines.Count > MaxIngredients || lines.Any(l => l.Length > RecipeIngredient.LineMaxLength))
        {
            errors[nameof(Input.Ingredients)] = Messages.Ingredients;
        }
        var steps = IngredientLines.Split(input.Steps).ToList();
        if (steps.Count > MaxSteps || steps.Any(s => s.Length > Recipe.StepMaxLength))
        {
            errors[nameof(Input.Steps)] = Messages.Steps;
        }
        if (input.Published && (lines.Count == 0 || steps.Count == 0) && !errors.ContainsKey(nameof(Input.Ingredients)))
        {
            errors[nameof(Input.Ingredients)] = Messages.PublishEmpty;
        }
        var photoAlt = AltText.Clean(input.PhotoAlt);
        if (photoAlt?.Length > AltText.MaxLength)
        {
            errors[nameof(Input.PhotoAlt)] = AltText.Messages.TooLong;
        }
        var newPhoto = string.IsNullOrEmpty(input.Photo) || PendingImages.Became(input.Photo, recipe?.PhotoPath) ? null : input.Photo;
        if (newPhoto is not null && !pending.Exists(newPhoto))
        {
            errors[nameof(Input.Photo)] = PendingImages.Messages.Gone;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var photo = newPhoto is null ? null : pending.Claim(newPhoto);
        if (newPhoto is not null && photo is null)
        {
            return Result.Invalid(nameof(Input.Photo), PendingImages.Messages.Gone);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        recipe ??= db.Recipes.Add(new Recipe { CreatedAtUtc = now }).Entity;
        recipe.Title = title;
        recipe.Slug = slug;
        recipe.Summary = input.Summary?.Trim() ?? "";
        recipe.Servings = input.Servings!.Value;
        recipe.PrepMinutes = input.PrepMinutes!.Value;
        recipe.CookMinutes = input.CookMinutes!.Value;
        recipe.Tags = string.Join(",", (input.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct());
        recipe.Visibility = input.Visibility;
        recipe.PublishedAtUtc = input.Published ? recipe.PublishedAtUtc ?? now : recipe.PublishedAtUtc;
        recipe.Published = input.Published;
        recipe.CommentsEnabled = input.CommentsEnabled;
        recipe.Steps = steps;
        recipe.PhotoPath = photo ?? recipe.PhotoPath;
        recipe.PhotoAlt = recipe.PhotoPath is null ? null : photoAlt;
        recipe.UpdatedAtUtc = now;
        await ReconcileIngredientsAsync(recipe, lines, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        return Result.Ok(recipe);
    }

    private async Task ReconcileIngredientsAsync(Recipe recipe, List<string> lines, CancellationToken cancellationToken)
    {
        var unused = recipe.Ingredients.OrderBy(i => i.Position).ToList();
        var kept = new List<RecipeIngredient>();
        foreach (var (line, position) in lines.Select((l, n) => (l, n)))
        {
            var same = unused.FirstOrDefault(i => i.Line == line);
            if (same is not null)
            {
                unused.Remove(same);
                same.Position = position;
                kept.Add(same);
                continue;
            }
            var ingredient = await matcher.SuggestAsync(line, cancellationToken);
            ingredient.RecipeId = recipe.Id;
            ingredient.Position = position;
            kept.Add(ingredient);
            // Added explicitly: reached only through the navigation of a recipe that exists, a row with its id set is taken for an update.
            db.RecipeIngredients.Add(ingredient);
        }
        db.RecipeIngredients.RemoveRange(unused);
        recipe.Ingredients.Clear();
        recipe.Ingredients.AddRange(kept);
    }
}
