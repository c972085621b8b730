using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Recipes.Admin;

/// <summary><c>/admin/recipes</c>: every recipe, drafts too, with how many lines still need a food.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Title, bool Published, Memberships.Visibility Visibility, int Ingredients, int Unlinked);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Recipes.AsNoTracking().OrderBy(r => r.Title)
            .Select(r => new Row(r.Id, r.Title, r.Published, r.Visibility, r.Ingredients.Count, r.Ingredients.Count(i => i.Link != IngredientLink.Linked)))
            .ToListAsync(cancellationToken);
}
