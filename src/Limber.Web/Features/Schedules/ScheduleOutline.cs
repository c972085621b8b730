using Limber.Features.Workouts;

namespace Limber.Features.Schedules;

/// <summary>
/// What a card and a schedule's page say about a plan, computed from its days and their workouts
/// (never typed by the editor, so it cannot drift): weeks, workout days a week, minutes on a workout
/// day, the hardest difficulty, and the focus areas most of its workouts share.
/// </summary>
public sealed record ScheduleOutline(int Weeks, int WorkoutDays, int DaysPerWeek, int MinutesPerDay, Difficulty? Difficulty, IReadOnlyList<string> Focus)
{
    public static ScheduleOutline From(int weeks, IEnumerable<IReadOnlyCollection<Guid>> days, IReadOnlyDictionary<Guid, WorkoutRef> workouts)
    {
        var workoutDays = days.Where(d => d.Count > 0).ToList();
        var minutes = workoutDays.Select(d => d.Sum(id => workouts.GetValueOrDefault(id)?.Minutes ?? 0)).Where(m => m > 0).ToList();
        var used = workoutDays.SelectMany(d => d).Select(workouts.GetValueOrDefault).OfType<WorkoutRef>().ToList();
        var focus = used.SelectMany(w => w.Focus).GroupBy(f => f).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3).Select(g => g.Key).ToList();
        return new ScheduleOutline(weeks, workoutDays.Count, weeks == 0 ? 0 : (int)Math.Round(workoutDays.Count / (double)weeks),
            minutes.Count == 0 ? 0 : (int)Math.Round(minutes.Average()), used.Count == 0 ? null : used.Max(w => w.Difficulty), focus);
    }

    public string WeeksText => Weeks == 1 ? "1 week" : $"{Weeks} weeks";

    public string DaysText => DaysPerWeek == 1 ? "1 day a week" : $"{DaysPerWeek} days a week";
}
