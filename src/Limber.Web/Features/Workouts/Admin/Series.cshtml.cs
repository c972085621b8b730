using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts.Admin;

/// <summary><c>/admin/series</c>: series and the order of their workouts (a number per workout; empty leaves it out).</summary>
public sealed class SeriesModel(AppDbContext db, PageCacheEvictions cache, TimeProvider clock) : PageModel
{
    public List<Series> AllSeries { get; private set; } = [];

    public List<(Guid Id, string Title)> Workouts { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    [BindProperty] public SeriesForm Input { get; set; } = new();

    [TempData] public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Id is not null)
        {
            var series = await db.Series.AsNoTracking().Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
            if (series is null)
            {
                return NotFound();
            }
            Input = new SeriesForm
            {
                Title = series.Title,
                Slug = series.Slug,
                Summary = series.Summary,
                Visibility = series.Visibility,
                Published = series.Published,
                Order = series.Items.ToDictionary(i => i.WorkoutId, i => (int?)(i.Position + 1)),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var title = Input.Title?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.From(title) : Input.Slug.Trim();
        if (title.Length is 0 or > 200)
        {
            ModelState.AddModelError("Input.Title", "Give the series a title (at most 200 characters).");
        }
        else if (!Slugs.IsValid(slug))
        {
            ModelState.AddModelError("Input.Slug", "Use lower-case letters, digits and single hyphens.");
        }
        else if (await db.Series.AnyAsync(s => s.Slug == slug && s.Id != (Id ?? Guid.Empty), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", "Another series already uses this slug.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var series = Id is null ? null : await db.Series.Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (Id is not null && series is null)
        {
            return NotFound();
        }
        series ??= db.Series.Add(new Series { CreatedAtUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        series.Title = title;
        series.Slug = slug;
        series.Summary = Input.Summary?.Trim() ?? "";
        series.Visibility = Input.Visibility;
        series.Published = Input.Published;
        db.SeriesItems.RemoveRange(series.Items);
        series.Items.Clear();
        var known = await db.Workouts.Select(w => w.Id).ToListAsync(cancellationToken);
        var position = 0;
        foreach (var (workoutId, _) in Input.Order.Where(o => o.Value is not null && known.Contains(o.Key)).OrderBy(o => o.Value))
        {
            series.Items.Add(new SeriesItem { SeriesId = series.Id, WorkoutId = workoutId, Position = position++ });
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);
        Flash = $"Saved “{series.Title}”.";
        return RedirectToPage(new { id = series.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AllSeries = await db.Series.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken);
        Workouts = [.. (await db.Workouts.AsNoTracking().OrderBy(w => w.Title).Select(w => new { w.Id, w.Title }).ToListAsync(cancellationToken)).Select(w => (w.Id, w.Title))];
    }

    public sealed class SeriesForm
    {
        [Display(Name = "Title")] public string? Title { get; set; }

        [Display(Name = "Slug")] public string? Slug { get; set; }

        [Display(Name = "Summary")] public string? Summary { get; set; }

        [Display(Name = "Visibility")] public Visibility Visibility { get; set; }

        [Display(Name = "Published")] public bool Published { get; set; }

        /// <summary>Position per workout id (1 = first); workouts without a number are not in the series.</summary>
        public Dictionary<Guid, int?> Order { get; set; } = [];
    }
}
