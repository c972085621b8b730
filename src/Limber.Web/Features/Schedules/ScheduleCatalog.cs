using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>Published schedules with their outlines, as <c>/schedules</c>, a schedule's page and the API show them.</summary>
public sealed class ScheduleCatalog(AppDbContext db, WorkoutLookup workouts)
{
    /// <summary>Every published schedule in title order (a site has a handful: no paging on the page).</summary>
    public async Task<List<ScheduleEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var schedules = await db.Schedules.AsNoTracking().Listed().Include(s => s.Days).OrderBy(s => s.Title).AsSplitQuery().ToListAsync(cancellationToken);
        var library = await workouts.PublishedAsync(schedules.SelectMany(s => s.Days).SelectMany(d => d.WorkoutIds), cancellationToken);
        return [.. schedules.Select(s => Entry(s, library))];
    }

    public async Task<ScheduleEntry?> BySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.AsNoTracking().Listed().Include(s => s.Days).SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        return schedule is null ? null : Entry(schedule, await workouts.PublishedAsync(schedule.Days.SelectMany(d => d.WorkoutIds), cancellationToken));
    }

    private static ScheduleEntry Entry(Schedule schedule, IReadOnlyDictionary<Guid, WorkoutRef> library) =>
        new(schedule, ScheduleOutline.From(schedule.Weeks, schedule.Days.Select(d => d.WorkoutIds), library), library);
}

/// <param name="Library">The plan's published workouts by id.</param>
public sealed record ScheduleEntry(Schedule Schedule, ScheduleOutline Outline, IReadOnlyDictionary<Guid, WorkoutRef> Library)
{
    /// <summary>Week (1-based) → its seven days in order; a day the editor left empty is a rest day.</summary>
    public IEnumerable<(int Week, IReadOnlyList<(int Day, ScheduleDay? Plan, IReadOnlyList<WorkoutRef?> Workouts)> Days)> Weeks()
    {
        var days = Schedule.Days.ToDictionary(d => d.Index);
        for (var week = 1; week <= Schedule.Weeks; week++)
        {
            var list = new List<(int, ScheduleDay?, IReadOnlyList<WorkoutRef?>)>();
            for (var day = 1; day <= Schedule.DaysPerWeek; day++)
            {
                var plan = days.GetValueOrDefault(Schedule.IndexOf(week, day));
                list.Add((day, plan, plan is null ? [] : [.. plan.WorkoutIds.Select(Library.GetValueOrDefault)]));
            }
            yield return (week, list);
        }
    }
}
