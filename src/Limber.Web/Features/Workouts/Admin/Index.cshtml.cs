using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts.Admin;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<(bool Published, WorkoutCard Card)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Workouts.AsNoTracking().OrderBy(w => w.Title)
            .Select(w => new { w.Published, Card = new WorkoutCard(w.Id, w.Slug, w.Title, w.Summary, w.PosterPath, w.PosterAlt, w.DurationSeconds, w.Difficulty, w.Equipment, w.FocusAreas, w.Visibility) })
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r => (r.Published, r.Card))];
    }
}
