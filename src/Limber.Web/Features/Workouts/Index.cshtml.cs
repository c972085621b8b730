using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary><c>/workouts</c>: the library with filters (duration, difficulty, equipment, focus, free/premium) and search.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Duration { get; set; }

    [BindProperty(SupportsGet = true)] public Difficulty? Difficulty { get; set; }

    [BindProperty(SupportsGet = true)] public string? Equipment { get; set; }

    [BindProperty(SupportsGet = true)] public string? Focus { get; set; }

    [BindProperty(SupportsGet = true)] public string? Access { get; set; }

    public List<WorkoutCard> Workouts { get; private set; } = [];

    public List<SeriesCard> Series { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A malformed filter value (?difficulty=extreme) is simply not applied.
        ModelState.Clear();
        var filter = new WorkoutFilter(Blank(Q), Blank(Duration), Difficulty, Blank(Equipment), Blank(Focus), Blank(Access));
        Workouts = await db.Workouts.AsNoTracking().Listed().Matching(filter).InLibraryOrderAsync(cancellationToken);
        Series = filter.IsEmpty
            ? await db.Series.AsNoTracking().Where(s => s.Published).OrderBy(s => s.Title)
                .Select(s => new SeriesCard(s.Slug, s.Title, s.Summary, s.Items.Count)).ToListAsync(cancellationToken)
            : [];
        ViewData[nameof(PageMeta)] = new PageMeta("Workouts", "Short video workouts with a timer that runs the intervals for you.", "/workouts");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed record SeriesCard(string Slug, string Title, string Summary, int Count);
}
