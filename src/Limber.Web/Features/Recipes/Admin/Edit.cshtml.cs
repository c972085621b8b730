using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes.Admin;

/// <summary>
/// <c>/admin/recipes/edit/{id?}</c>: the recipe's fields, its ingredient lines and steps as pasted
/// text, and, once saved, each line's link to a food (suggested on save, confirmed by the editor)
/// with the nutrition per serving it gives.
/// </summary>
public sealed class EditModel(AppDbContext db, SaveRecipe save, LinkIngredient links, PendingImages pending) : PageModel
{
    public const string NotSaved = "Not saved: please fix the fields marked below.";

    [BindProperty] public RecipeForm Input { get; set; } = new();

    public Recipe? Existing { get; private set; }

    public RecipeNutrition? Nutrition { get; private set; }

    [TempData] public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (!await LoadAsync(id.Value, cancellationToken))
            {
                return NotFound();
            }
            Input = RecipeForm.From(Existing!);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id.Value, cancellationToken))
        {
            return NotFound();
        }
        if (!await KeepChosenPhotoAsync(cancellationToken) || !ModelState.IsValid)
        {
            ModelState.AddModelError("", NotSaved);
            return Page();
        }
        var saved = await save.HandleAsync(id, new SaveRecipe.Input(Input.Title, Input.Slug, Input.Summary, Input.Servings, Input.PrepMinutes,
            Input.CookMinutes, Input.Tags, Input.Visibility, Input.Published, Input.CommentsEnabled, Input.Ingredients, Input.Steps,
            Input.PendingPhoto, Input.PhotoAlt), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, nameof(Input), NotSaved);
        }
        Flash = "Saved.";
        return RedirectToPage(new { id = saved.Value.Id });
    }

    /// <summary>"Confirm suggestions": links every suggested line that has a weight.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Recipes.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }
        var confirmed = await links.ConfirmSuggestionsAsync(id, cancellationToken);
        Flash = confirmed == 1 ? "Linked 1 ingredient." : $"Linked {confirmed} ingredients.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Existing = await db.Recipes.AsNoTracking().WithIngredients().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        Nutrition = Existing is null ? null : RecipeNutrition.Of(Existing);
        return Existing is not null;
    }

    /// <summary>A photo chosen in this post is checked and kept as pending, so a refused save does not lose it.</summary>
    private async Task<bool> KeepChosenPhotoAsync(CancellationToken cancellationToken)
    {
        var (key, error) = await pending.ChooseAsync(Input.Photo, Input.PendingPhoto, Existing?.PhotoPath, cancellationToken);
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.PendingPhoto)}");
        Input.PendingPhoto = key;
        if (error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Photo)}", error);
        }
        return error is null;
    }

    public sealed class RecipeForm
    {
        [Display(Name = "Title")] public string? Title { get; set; }

        [Display(Name = "Slug")] public string? Slug { get; set; }

        [Display(Name = "Summary")] public string? Summary { get; set; }

        [Display(Name = "Servings")] public int? Servings { get; set; } = 2;

        [Display(Name = "Prep time (minutes)")] public int? PrepMinutes { get; set; } = 10;

        [Display(Name = "Cook time (minutes)")] public int? CookMinutes { get; set; } = 0;

        [Display(Name = "Tags (comma-separated)")] public string? Tags { get; set; }

        [Display(Name = "Visibility")] public Visibility Visibility { get; set; } = Visibility.Premium;

        [Display(Name = "Published")] public bool Published { get; set; }

        [Display(Name = "Allow comments")] public bool CommentsEnabled { get; set; } = true;

        [Display(Name = "Ingredients (one per line)")] public string? Ingredients { get; set; }

        [Display(Name = "Steps (one per line)")] public string? Steps { get; set; }

        [Display(Name = "Photo")] public IFormFile? Photo { get; set; }

        public string? PendingPhoto { get; set; }

        [Display(Name = "Photo description (alt text)")] public string? PhotoAlt { get; set; }

        public static RecipeForm From(Recipe r) => new()
        {
            Title = r.Title,
            Slug = r.Slug,
            Summary = r.Summary,
            Servings = r.Servings,
            PrepMinutes = r.PrepMinutes,
            CookMinutes = r.CookMinutes,
            Tags = string.Join(", ", r.TagList),
            Visibility = r.Visibility,
            Published = r.Published,
            CommentsEnabled = r.CommentsEnabled,
            Ingredients = string.Join('\n', r.Ingredients.OrderBy(i => i.Position).Select(i => i.Line)),
            Steps = string.Join('\n', r.Steps),
            PhotoAlt = r.PhotoAlt,
        };
    }
}
