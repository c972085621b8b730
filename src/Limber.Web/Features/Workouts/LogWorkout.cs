using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Workouts;

/// <summary>Records a finished session in the member's log (only for workouts they may play).</summary>
public sealed class LogWorkout(AppDbContext db, MemberAccess access, TimeProvider clock, IEnumerable<IWorkoutCompletion> listeners)
{
    public static class Messages
    {
        public const string NoSuchWorkout = "There is no such workout you can play.";
    }

    public sealed record Input(Guid WorkoutId, int SecondsDone, int? Rating, string? Note);

    /// <returns>The session; not found when the workout is not there for this member; else the field to fix.</returns>
    public async Task<Result<WorkoutSession>> HandleAsync(ClaimsPrincipal member, Input input, CancellationToken cancellationToken)
    {
        var workout = await db.Workouts.AsNoTracking().Listed().SingleOrDefaultAsync(w => w.Id == input.WorkoutId, cancellationToken);
        if (workout is null || member.UserId() is not { } memberId || !await access.CanReadAsync(member, workout.Visibility, cancellationToken))
        {
            return Result.NotFound(Messages.NoSuchWorkout);
        }
        if (input.SecondsDone is < 1 or > 6 * 3600)
        {
            return Result.Invalid(nameof(Input.SecondsDone), "The time done must be between 1 second and 6 hours.");
        }
        if (input.Rating is { } r && r is < 1 or > 5)
        {
            return Result.Invalid(nameof(Input.Rating), "Rate it from 1 to 5 stars, or leave it empty.");
        }
        if (input.Note?.Length > WorkoutSession.NoteMaxLength)
        {
            return Result.Invalid(nameof(Input.Note), "The note is at most 1,000 characters.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new WorkoutSession
        {
            MemberId = memberId,
            WorkoutId = workout.Id,
            StartedAtUtc = now.AddSeconds(-input.SecondsDone),
            FinishedAtUtc = now,
            SecondsDone = input.SecondsDone,
            Rating = input.Rating,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        db.WorkoutSessions.Add(session);
        foreach (var listener in listeners)
        {
            await listener.CompletedAsync(session, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(session);
    }
}
