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
}

/// <summary>A workout named by another feature: enough to list and link it.</summary>
public sealed record WorkoutRef(Guid Id, string Slug, string Title, int DurationSeconds, Visibility Visibility, Difficulty Difficulty, string FocusAreas)
{
    public int Minutes => Workout.MinutesOf(DurationSeconds);

    public string Path => $"/workouts/{Slug}";

    public IEnumerable<string> Focus => FocusAreas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
