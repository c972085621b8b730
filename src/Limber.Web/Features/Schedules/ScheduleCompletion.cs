using Limber.Features.Accounts;
using Limber.Features.Workouts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.Schedules;

/// <summary>Finishing a workout in the player ticks it on today's day of the member's schedule (saved with the session).</summary>
public sealed class ScheduleCompletion(AppDbContext db, MemberDates dates) : IWorkoutCompletion
{
    public async Task CompletedAsync(WorkoutSession session, CancellationToken cancellationToken)
    {
        if (await db.Enrolments.CurrentOfAsync(session.MemberId, cancellationToken) is { } enrolment)
        {
            var today = Times.Today(session.FinishedAtUtc, await dates.ZoneAsync(session.MemberId, cancellationToken));
            enrolment.WorkoutCompleted(session.WorkoutId, today, session.FinishedAtUtc);
        }
    }
}
