using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary><c>/account/workouts</c>: the member's own log: history, minutes this week, streak, this month's calendar.</summary>
[Authorize]
public sealed class LogModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public WorkoutLogSummary Summary { get; private set; } = null!;

    public List<Entry> History { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = (await users.GetUserAsync(User))!;
        Zone = WorkoutLogSummary.ZoneOf(me.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-400);
        var sessions = await db.WorkoutSessions.AsNoTracking().OwnedBy(me.Id).Where(s => s.FinishedAtUtc > since)
            .OrderByDescending(s => s.FinishedAtUtc)
            .Select(s => new Entry(s.Id, s.Workout!.Title, s.Workout.Slug, s.FinishedAtUtc, s.SecondsDone, s.Rating, s.Note))
            .ToListAsync(cancellationToken);
        Summary = WorkoutLogSummary.From(sessions.Select(s => (s.FinishedAtUtc, s.SecondsDone)), Zone, now);
        History = [.. sessions.Take(50)];
    }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public sealed record Entry(Guid Id, string Title, string Slug, DateTime FinishedAtUtc, int SecondsDone, int? Rating, string? Note);
}
