using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>
/// "Copy from previous day": every entry of another day (the day before unless given), same meals
/// and amounts, added to this day. Into an empty day it copies at once. Into a day that already has
/// entries it copies only when <see cref="Input.Confirm"/> says so, so a second press (or a day
/// already half logged) never doubles a day silently: the page asks "copy anyway?" first.
/// </summary>
public sealed class CopyDay(AppDbContext db, MemberDates dates)
{
    public static string NothingOn(DateOnly day) => $"Nothing is logged on {day:dddd d MMMM} to copy.";

    public const string SameDay = "Choose another day to copy from.";

    /// <param name="From">The day to copy; null for the day before.</param>
    public sealed record Input(DateOnly? From, bool Confirm);

    /// <param name="Copied">How many entries were added (0 while waiting for confirmation).</param>
    /// <param name="AlreadyThere">How many entries the day had before.</param>
    /// <param name="Waiting">How many would be copied, when the day had entries and the copy waits for confirmation.</param>
    public sealed record Outcome(DateOnly From, int Copied, int AlreadyThere, int Waiting)
    {
        public bool NeedsConfirmation => Waiting > 0;
    }

    public async Task<Result<Outcome>> HandleAsync(Guid memberId, DateOnly into, Input input, CancellationToken cancellationToken)
    {
        var today = await dates.TodayAsync(memberId, cancellationToken);
        var from = input.From ?? into.AddDays(-1);
        if (!JournalRules.IsDay(into, today))
        {
            return Result.Invalid("Date", JournalRules.Messages.Date);
        }
        if (!JournalRules.IsDay(from, today) || from == into)
        {
            return Result.Invalid(nameof(Input.From), from == into ? SameDay : JournalRules.Messages.Date);
        }
        var source = await db.JournalEntries.AsNoTracking().OwnedBy(memberId).Where(e => e.Date == from).OrderBy(e => e.CreatedAtUtc).ToListAsync(cancellationToken);
        if (source.Count == 0)
        {
            return Result.Invalid(nameof(Input.From), NothingOn(from));
        }
        var there = await db.JournalEntries.OwnedBy(memberId).CountAsync(e => e.Date == into, cancellationToken);
        if (there > 0 && !input.Confirm)
        {
            return Result.Ok(new Outcome(from, 0, there, source.Count));
        }
        var now = dates.UtcNow;
        db.JournalEntries.AddRange(source.Select(e => e.CopyTo(into, now)));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(new Outcome(from, source.Count, there, 0));
    }
}
