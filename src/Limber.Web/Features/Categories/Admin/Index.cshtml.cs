using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Categories.Admin;

/// <summary>Lists categories with an editor for one of them (new, or <c>?id=</c>) on the same page.</summary>
public sealed class IndexModel(AppDbContext db, SaveCategory save, PageCacheEvictions cache) : PageModel
{
    public List<Row> Categories { get; private set; } = [];

    [BindProperty]
    public CategoryForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not null)
        {
            var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
            if (category is null)
            {
                return NotFound();
            }
            Input = new CategoryForm { Name = category.Name, Slug = category.Slug, Description = category.Description };
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var saved = await save.HandleAsync(Id, new SaveCategory.Input(Input.Name, Input.Slug, Input.Description), cancellationToken);
        if (!saved.Succeeded)
        {
            // The list shows again beside the form, which keeps what was typed.
            await LoadAsync(cancellationToken);
            return this.Failed(saved, nameof(Input));
        }
        Flash = $"Saved “{saved.Value.Name}”.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid deleteId, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == deleteId, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        Flash = $"Deleted “{category.Name}”. Its articles keep their other categories.";
        return RedirectToPage(new { id = (Guid?)null });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.Slug, c.Articles.Count))
            .ToListAsync(cancellationToken);

    public sealed record Row(Guid Id, string Name, string Slug, int Articles);

    public sealed class CategoryForm
    {
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [Display(Name = "Slug")]
        public string? Slug { get; set; }

        [Display(Name = "Description")]
        public string? Description { get; set; }
    }
}
