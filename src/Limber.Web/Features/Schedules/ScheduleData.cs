using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>The schedules a member followed, day by day, in their export; the rows go with the account (cascade).</summary>
public sealed class ScheduleData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "schedules";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken)
    {
        var preferences = await db.SchedulePreferences.AsNoTracking().OwnedBy(member.Id).SingleOrDefaultAsync(cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().OwnedBy(member.Id).Include(e => e.Days).Include(e => e.Schedule)
            .OrderBy(e => e.StartedAtUtc).AsSplitQuery().ToListAsync(cancellationToken);
        return new
        {
            ReminderHour = preferences?.ReminderHour,
            Enrolments = enrolments.Select(e => new
            {
                e.Title,
                Url = "/schedules/" + e.Schedule!.Slug,
                e.StartDate,
                StartedAt = e.StartedAtUtc,
                e.PausedOn,
                EndedAt = e.EndedAtUtc,
                Days = e.Days.OrderBy(d => d.Index).Select(d => new { Day = d.Index + 1, d.Date, Rest = d.IsRest, d.Note, DoneAt = d.DoneAtUtc }),
            }),
        };
    }

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
