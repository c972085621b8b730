using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules.Admin;

/// <summary><c>/admin/schedules</c>: every schedule, drafts included, with how many members follow it now.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Schedules.AsNoTracking().OrderBy(s => s.Title)
            .Select(s => new Row(s.Id, s.Title, s.Slug, s.Published, s.Weeks, s.Visibility.ToString(),
                db.Enrolments.Count(e => e.ScheduleId == s.Id && e.EndedAtUtc == null)))
            .ToListAsync(cancellationToken);

    public sealed record Row(Guid Id, string Title, string Slug, bool Published, int Weeks, string Visibility, int Following);
}
