using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary><c>/account/workouts</c>: the member's own log: history, minutes this week, streak, this month's calendar.</summary>
[Authorize]
public sealed class LogModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const int HistoryShown = 50;

    public WorkoutLogSummary Summary { get; private set; } = null!;

    public List<Entry> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        Summary = await WorkoutLogSummary.LoadAsync(db, me, now, cancellationToken);
        var since = WorkoutLogSummary.Since(now);
        History = await db.WorkoutSessions.AsNoTracking().OwnedBy(me).Where(s => s.FinishedAtUtc > since)
            .OrderByDescending(s => s.FinishedAtUtc).Take(HistoryShown)
            .Select(s => new Entry(s.Id, s.Workout!.Title, s.Workout.Slug, s.FinishedAtUtc, s.SecondsDone, s.Rating, s.Note))
            .ToListAsync(cancellationToken);
    }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Summary.Zone);

    public sealed record Entry(Guid Id, string Title, string Slug, DateTime FinishedAtUtc, int SecondsDone, int? Rating, string? Note);
}
