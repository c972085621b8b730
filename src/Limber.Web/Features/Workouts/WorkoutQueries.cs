using System.Globalization;
using Limber.Features.Memberships;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>The workout library's filters, as a visitor picks them on /workouts or the API.</summary>
public sealed record WorkoutFilter(string? Q = null, string? Duration = null, Difficulty? Difficulty = null, string? Equipment = null,
    string? Focus = null, string? Access = null)
{
    public static readonly string[] DurationChoices = ["short", "medium", "long"];
    public static readonly string[] FocusChoices = ["back", "core", "legs", "full body", "posture", "mobility"];
    public static readonly string[] EquipmentChoices = ["none", "mat", "chair", "dumbbells", "resistance band", "inversion table"];

    public bool IsEmpty => Q is null && Duration is null && Difficulty is null && Equipment is null && Focus is null && Access is null;
}

public static class WorkoutQueries
{
    public static IQueryable<Workout> Listed(this IQueryable<Workout> workouts) => workouts.Where(w => w.Published);

    public static IQueryable<Workout> Matching(this IQueryable<Workout> workouts, WorkoutFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
            workouts = workouts.Where(w => w.Title.ToUpper().Contains(q) || w.Summary.ToUpper().Contains(q));
        }
        // By the minutes a card shows (Workout.MinutesOf rounds up): "Under 10 min" is what shows 9 min or less.
        workouts = filter.Duration switch
        {
            "short" => workouts.Where(w => w.DurationSeconds <= 9 * 60),
            "medium" => workouts.Where(w => w.DurationSeconds > 9 * 60 && w.DurationSeconds <= 20 * 60),
            "long" => workouts.Where(w => w.DurationSeconds > 20 * 60),
            _ => workouts,
        };
        if (filter.Difficulty is { } difficulty)
        {
            workouts = workouts.Where(w => w.Difficulty == difficulty);
        }
        if (!string.IsNullOrWhiteSpace(filter.Equipment))
        {
            var e = filter.Equipment.Trim().ToLowerInvariant();
            workouts = workouts.Where(w => ("," + w.Equipment + ",").Contains("," + e + ","));
        }
        if (!string.IsNullOrWhiteSpace(filter.Focus))
        {
            var f = filter.Focus.Trim().ToLowerInvariant();
            workouts = workouts.Where(w => ("," + w.FocusAreas + ",").Contains("," + f + ","));
        }
        return filter.Access switch
        {
            "free" => workouts.Where(w => w.Visibility != Visibility.Premium),
            "premium" => workouts.Where(w => w.Visibility == Visibility.Premium),
            _ => workouts,
        };
    }

    /// <summary>
    /// The library's order: by title, A to Z, with numbers in a title compared as numbers, so a
    /// series titled "Part 2", "Part 10" reads in its order. Sorted here rather than in SQL, where
    /// neither database compares numbers inside text (and each collates text its own way); a
    /// creator's library is a few hundred small cards at most.
    /// </summary>
    public static async Task<List<WorkoutCard>> InLibraryOrderAsync(this IQueryable<Workout> workouts, CancellationToken cancellationToken) =>
        [.. (await workouts.ToCards().ToListAsync(cancellationToken)).OrderBy(c => c.Title, TitleOrder).ThenBy(c => c.Slug, StringComparer.Ordinal)];

    /// <summary>Case-insensitive, with digit runs compared by their value ("Postural reset 2" before "Postural reset 10").</summary>
    public static readonly StringComparer TitleOrder =
        StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.NumericOrdering);

    public static IQueryable<WorkoutCard> ToCards(this IQueryable<Workout> workouts) =>
        workouts.Select(w => new WorkoutCard(w.Id, w.Slug, w.Title, w.Summary, w.PosterPath, w.PosterAlt, w.DurationSeconds, w.Difficulty, w.Equipment, w.FocusAreas, w.Visibility));
}

public sealed record WorkoutCard(Guid Id, string Slug, string Title, string Summary, string? PosterPath, string? PosterAlt, int DurationSeconds,
    Difficulty Difficulty, string Equipment, string FocusAreas, Visibility Visibility)
{
    public string Minutes => $"{Workout.MinutesOf(DurationSeconds)} min";
}
