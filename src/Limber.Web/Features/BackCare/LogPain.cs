using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// Logs a pain score in the diary, or changes or deletes one. Several a day are fine; an id names
/// one of the member's own entries (another member's is not found).
/// </summary>
public sealed class LogPain(AppDbContext db, TimeProvider clock)
{
    /// <summary>A time a little ahead of the server's clock is still "now": a phone's clock runs fast, a minute rounds up.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static class Messages
    {
        public const string Area = "Choose the area that hurts.";
        public const string Score = "Give a score from 0 (no pain) to 10 (the worst pain).";
        public const string Notes = "The notes are at most 1,000 characters.";
        public const string Future = "Give a time that is not in the future.";
        public const string TooEarly = "Give a time in the year 2000 or later.";
        public const string NotFound = "There is no such entry in your pain diary.";
    }

    /// <param name="RecordedAt">When the pain was felt (UTC); null for now.</param>
    public sealed record Input(PainArea? Area, int? Score, DateTime? RecordedAt, string? Notes);

    /// <summary>A new entry when <paramref name="id"/> is null, else a change to that entry of the member's.</summary>
    public async Task<Result<PainEntry>> HandleAsync(Guid memberId, Guid? id, Input input, CancellationToken cancellationToken)
    {
        var entry = id is null ? null : await db.PainEntries.OwnedBy(memberId).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (id is not null && entry is null)
        {
            return Result.NotFound(Messages.NotFound);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = Validate(input, now);
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        entry ??= db.PainEntries.Add(new PainEntry { MemberId = memberId, CreatedAtUtc = now }).Entity;
        entry.Area = input.Area!.Value;
        entry.Score = input.Score!.Value;
        entry.RecordedAtUtc = input.RecordedAt ?? now;
        entry.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(entry);
    }

    public async Task<Result<Done>> DeleteAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        await db.PainEntries.OwnedBy(memberId).Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? Result.NotFound(Messages.NotFound)
            : Result.Ok();

    private static Dictionary<string, string> Validate(Input input, DateTime now)
    {
        var errors = new Dictionary<string, string>();
        if (input.Area is not { } area || !Enum.IsDefined(area))
        {
            errors[nameof(Input.Area)] = Messages.Area;
        }
        if (input.Score is not (>= 0 and <= 10))
        {
            errors[nameof(Input.Score)] = Messages.Score;
        }
        if (input.Notes?.Trim().Length > PainEntry.NotesMaxLength)
        {
            errors[nameof(Input.Notes)] = Messages.Notes;
        }
        if (input.RecordedAt > now + FutureTolerance)
        {
            errors[nameof(Input.RecordedAt)] = Messages.Future;
        }
        else if (input.RecordedAt < Earliest)
        {
            errors[nameof(Input.RecordedAt)] = Messages.TooEarly;
        }
        return errors;
    }
}
