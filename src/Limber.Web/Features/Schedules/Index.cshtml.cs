using Limber.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Schedules;

/// <summary><c>/schedules</c>: every published schedule as a card (weeks, days a week, minutes a day, difficulty, focus).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.ContentPage)]
public sealed class IndexModel(ScheduleCatalog catalog) : PageModel
{
    public List<ScheduleEntry> Schedules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Schedules = await catalog.ListAsync(cancellationToken);
        ViewData[nameof(PageMeta)] = new PageMeta("Workout schedules", "Multi-week programs: a workout a day, rest days built in, paused when life gets in the way.", "/schedules");
    }
}
