using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>
/// The workout library as other features see it (a schedule's days are workouts): titles, links,
/// minutes and access, never the intervals. A workout no longer published is left out, so a plan
/// that names it shows it as no longer available.
/// </summary>
public sealed class WorkoutLookup(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, WorkoutRef>> PublishedAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, WorkoutRef>();
        }
        var rows = await db.Workouts.AsNoTracking().Listed().Where(w => wanted.Contains(w.Id))
            .Select(w => new WorkoutRef(w.Id, w.Slug, w.Title, w.DurationSeconds, w.Visibility, w.Difficulty, w.FocusAreas))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(w => w.Id);
    }

    /// <summary>Every workout an editor may put in a plan, published or not, in title order.</summary>
    public Task<List<WorkoutRef>> AllAsync(CancellationToken cancellationToken) =>
        db.Workouts.AsNoTracking().OrderBy(w => w.Title)
            .Select(w => new WorkoutRef(w.Id, w.Slug, w.Title, w.DurationSeconds, w.Visibility, w.Difficulty, w.FocusAreas))
            .ToListAsync(cancellationToken);

    /// <summary>The ids of the workouts in the series with <paramref name="slug"/> (published or not); none for no such series.</summary>
    public async Task<HashSet<Guid>> InSeriesAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return [];
        }
        var ids = await db.SeriesItems.AsNoTracking().Where(i => db.Series.Any(s => s.Id == i.SeriesId && s.Slug == slug))
            .Select(i => i.WorkoutId).ToListAsync(cancellationToken);
        return [.. ids];
    }

    /// <summary>
    /// When the member finished a workout of the series with <paramref name="slug"/> (UTC), since
    /// <paramref name="sinceUtc"/>, oldest first: what back care counts as postural workouts done.
    /// </summary>
    public async Task<List<DateTime>> FinishedInSeriesAsync(Guid memberId, string? slug, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var workouts = await InSeriesAsync(slug, cancellationToken);
        if (workouts.Count == 0)
        {
            return [];
        }
        return await db.WorkoutSessions.AsNoTracking().OwnedBy(memberId)
            .Where(s => s.FinishedAtUtc >= sinceUtc && workouts.Contains(s.WorkoutId))
            .OrderBy(s => s.FinishedAtUtc).Select(s => s.FinishedAtUtc).ToListAsync(cancellationToken);
    }
}

/// <summary>A workout named by another feature: enough to list and link it.</summary>
public sealed record WorkoutRef(Guid Id, string Slug, string Title, int DurationSeconds, Visibility Visibility, Difficulty Difficulty, string FocusAreas)
{
    public int Minutes => Workout.MinutesOf(DurationSeconds);

    public string Path => $"/workouts/{Slug}";

    public IEnumerable<string> Focus => FocusAreas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
