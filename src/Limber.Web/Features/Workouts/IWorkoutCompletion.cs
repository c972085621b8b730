namespace Limber.Features.Workouts;

/// <summary>
/// What another feature does when a member finishes a workout (Schedules ticks the day it was planned
/// for). Called by <see cref="LogWorkout"/> with the new session before it saves, so what the listener
/// changes is stored in the same transaction as the session; Workouts knows none of the listeners.
/// </summary>
public interface IWorkoutCompletion
{
    Task CompletedAsync(WorkoutSession session, CancellationToken cancellationToken);
}
