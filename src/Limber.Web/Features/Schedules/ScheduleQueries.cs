using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

public static class ScheduleQueries
{
    /// <summary>What readers may see listed and open: published schedules.</summary>
    public static IQueryable<Schedule> Listed(this IQueryable<Schedule> schedules) => schedules.Where(s => s.Published);

    /// <summary>The member's current enrolment with its days (tracked, for a change).</summary>
    public static Task<Enrolment?> CurrentOfAsync(this IQueryable<Enrolment> enrolments, Guid memberId, CancellationToken cancellationToken) =>
        enrolments.Include(e => e.Days).Include(e => e.Schedule).Where(e => e.MemberId == memberId && e.EndedAtUtc == null)
            // Ordered, though there is one: split queries page their parts in the same order (EF Core warns otherwise).
            .OrderBy(e => e.Id).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
}
