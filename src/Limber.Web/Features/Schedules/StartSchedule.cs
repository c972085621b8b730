using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Schedules;

/// <summary>
/// "Start this schedule": copies the plan onto the member's dates from the chosen start date. A
/// schedule already followed ends (its history stays); the member's settings (calendar feed,
/// reminder hour) carry over.
/// </summary>
public sealed class StartSchedule(AppDbContext db, MemberAccess access, MemberDates dates)
{
    public static class Messages
    {
        public const string NoSuchSchedule = "There is no such schedule.";
        public const string NeedsPremium = "This schedule is part of Premium. Join to follow it.";
        public const string DateMissing = "Choose the date of your first day.";
        public const string DateInPast = "Choose today or a later date.";
        public const string DateTooFar = "Choose a date within the next year.";
    }

    public sealed record Input(string Slug, DateOnly? StartDate);

    public async Task<Result<Enrolment>> HandleAsync(ClaimsPrincipal member, Input input, CancellationToken cancellationToken)
    {
        if (member.UserId() is not { } memberId)
        {
            return Result.Forbidden();
        }
        var schedule = await db.Schedules.Listed().Include(s => s.Days).SingleOrDefaultAsync(s => s.Slug == input.Slug, cancellationToken);
        if (schedule is null)
        {
            return Result.NotFound(Messages.NoSuchSchedule);
        }
        if (!await access.CanReadAsync(member, schedule.Visibility, cancellationToken))
        {
            return Result.Forbidden(Messages.NeedsPremium);
        }
        var today = await dates.TodayAsync(memberId, cancellationToken);
        if (input.StartDate is not { } start)
        {
            return Result.Invalid(nameof(Input.StartDate), Messages.DateMissing);
        }
        if (start < today)
        {
            return Result.Invalid(nameof(Input.StartDate), Messages.DateInPast);
        }
        if (start > today.AddYears(1))
        {
            return Result.Invalid(nameof(Input.StartDate), Messages.DateTooFar);
        }
        var now = dates.UtcNow;
        var enrolment = Enrolment.Start(memberId, schedule, start, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Ended first, in its own statement: the database allows one current schedule per member.
        await db.Enrolments.Where(e => e.MemberId == memberId && e.EndedAtUtc == null)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.EndedAtUtc, now), cancellationToken);
        db.Enrolments.Add(enrolment);
        if (!await db.SchedulePreferences.AnyAsync(p => p.MemberId == memberId, cancellationToken))
        {
            db.SchedulePreferences.Add(new SchedulePreferences { MemberId = memberId });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok(enrolment);
    }
}
