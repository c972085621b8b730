using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary><c>/series/{slug}</c>: the playlist in order, which ones the member has done, and what is next.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Limber.Infrastructure.Web.PageCache.Page)]
public sealed class SeriesModel(AppDbContext db, MemberAccess access) : PageModel
{
    public Series Series { get; private set; } = null!;

    public List<(WorkoutCard Workout, bool Done)> Items { get; private set; } = [];

    public WorkoutCard? NextUp { get; private set; }

    public bool CanPlay { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug && s.Published, cancellationToken);
        if (series is null)
        {
            return NotFound();
        }
        Series = series;
        CanPlay = await access.CanReadAsync(User, series.Visibility, cancellationToken);
        var cards = await db.SeriesItems.AsNoTracking().Where(i => i.SeriesId == series.Id && i.Workout!.Published).OrderBy(i => i.Position)
            .Select(i => i.Workout!).ToCards().ToListAsync(cancellationToken);
        var me = User.UserId();
        var ids = cards.Select(c => c.Id).ToList();
        var done = me is null ? [] : await db.WorkoutSessions.OwnedBy(me).Where(s => ids.Contains(s.WorkoutId)).Select(s => s.WorkoutId).Distinct().ToListAsync(cancellationToken);
        Items = [.. cards.Select(c => (c, done.Contains(c.Id)))];
        NextUp = Items.FirstOrDefault(i => !i.Done).Workout;
        ViewData[nameof(PageMeta)] = new PageMeta(series.Title, series.Summary, $"/series/{series.Slug}");
        return Page();
    }
}
