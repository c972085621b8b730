using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;

namespace Limber.Features.Schedules;

/// <summary>
/// What a member does with the schedule they follow: pause, resume, shift the rest of the plan after a
/// missed day, mark a day done. Each acts on the member's own current enrolment, decided on their
/// today; the rules themselves are <see cref="Enrolment"/>'s.
/// </summary>
public sealed class FollowSchedule(AppDbContext db, MemberAccess access, MemberDates dates)
{
    public static class Messages
    {
        public const string NotFollowing = "You are not following a schedule.";
    }

    public Task<Result<Enrolment>> PauseAsync(ClaimsPrincipal member, CancellationToken cancellationToken) =>
        ChangeAsync(member, (enrolment, today) => enrolment.Pause(today), cancellationToken);

    public Task<Result<Enrolment>> ResumeAsync(ClaimsPrincipal member, CancellationToken cancellationToken) =>
        ChangeAsync(member, (enrolment, today) => enrolment.Resume(today), cancellationToken);

    public Task<Result<Enrolment>> ShiftRestAsync(ClaimsPrincipal member, CancellationToken cancellationToken) =>
        ChangeAsync(member, (enrolment, today) => enrolment.ShiftRest(today), cancellationToken);

    public Task<Result<Enrolment>> MarkDoneAsync(ClaimsPrincipal member, DateOnly date, bool done, CancellationToken cancellationToken) =>
        ChangeAsync(member, (enrolment, today) =>
            enrolment.MarkDone(date, done, today, dates.UtcNow) is { Succeeded: false } failed ? failed.ToFailure() : Result.Ok(), cancellationToken);

    private async Task<Result<Enrolment>> ChangeAsync(ClaimsPrincipal member, Func<Enrolment, DateOnly, Result<Done>> change,
        CancellationToken cancellationToken)
    {
        if (member.UserId() is not { } memberId || await db.Enrolments.CurrentOfAsync(memberId, cancellationToken) is not { } enrolment)
        {
            return Result.NotFound(Messages.NotFollowing);
        }
        // A member whose Premium lapsed keeps their plan, untouched, until it returns.
        if (!await access.CanReadAsync(member, enrolment.Schedule!.Visibility, cancellationToken))
        {
            return Result.Forbidden(StartSchedule.Messages.NeedsPremium);
        }
        var changed = change(enrolment, await dates.TodayAsync(memberId, cancellationToken));
        if (!changed.Succeeded)
        {
            return changed.ToFailure();
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(enrolment);
    }
}
