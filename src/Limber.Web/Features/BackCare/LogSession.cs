using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// Logs, edits or deletes an inversion session. The gate is checked first, before anything typed is
/// judged: a member the self-check holds back is told why, whatever they sent.
/// </summary>
public sealed class LogSession(AppDbContext db, InversionGate gate, TimeProvider clock)
{
    public static class Messages
    {
        public const string Device = "Choose the device you used.";
        public const string Angle = "The angle is between 0 and 90 degrees.";
        public const string Minutes = "The minutes are between 1 and 60.";
        public const string Pain = "Pain is a number from 0 to 10, or empty.";
        public const string Notes = "The notes are at most 1,000 characters.";
        public const string Time = "Give a time that is not in the future.";
        public const string Boots = "Boots hang you fully upside down: they are offered after you have logged table or chair sessions at 60° or more.";
    }

    /// <param name="StartedAtUtc">When the session began; null for "just now" (minus its minutes).</param>
    public sealed record Input(Device? Device, int? AngleDegrees, int? Minutes, int? PainBefore, int? PainAfter, DateTime? StartedAtUtc, string? Notes);

    public async Task<Result<InversionSession>> HandleAsync(Guid memberId, Guid? id, Input input, CancellationToken cancellationToken)
    {
        // Another member's session is not there (404) for anyone; then the gate, before anything typed is judged.
        var session = id is null ? null : await db.InversionSessions.OwnedBy(memberId).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && session is null)
        {
            return Result.NotFound();
        }
        var state = await gate.StateAsync(memberId, cancellationToken);
        if (!state.Open)
        {
            return Result.Forbidden(state.Reason);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        if (input.Device is not { } device || !Enum.IsDefined(device))
        {
            errors[nameof(Input.Device)] = Messages.Device;
        }
        else if (device == Device.Boots && session?.Device != Device.Boots
            && !await Progression.BootsOfferedAsync(db.InversionSessions.OwnedBy(memberId), cancellationToken))
        {
            errors[nameof(Input.Device)] = Messages.Boots;
        }
        if (input.AngleDegrees is not (>= 0 and <= InversionSession.MaxAngle))
        {
            errors[nameof(Input.AngleDegrees)] = Messages.Angle;
        }
        if (input.Minutes is not (>= 1 and <= InversionSession.MaxMinutes))
        {
            errors[nameof(Input.Minutes)] = Messages.Minutes;
        }
        if (input.PainBefore is < 0 or > 10)
        {
            errors[nameof(Input.PainBefore)] = Messages.Pain;
        }
        if (input.PainAfter is < 0 or > 10)
        {
            errors[nameof(Input.PainAfter)] = Messages.Pain;
        }
        if (input.Notes?.Length > InversionSession.NotesMaxLength)
        {
            errors[nameof(Input.Notes)] = Messages.Notes;
        }
        if (input.StartedAtUtc is { } started && (started > now.AddMinutes(5) || started.Year < 2000))
        {
            errors[nameof(Input.StartedAtUtc)] = Messages.Time;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        session ??= db.InversionSessions.Add(new InversionSession { MemberId = memberId, CreatedAtUtc = now }).Entity;
        session.Device = input.Device!.Value;
        session.AngleDegrees = input.AngleDegrees!.Value;
        session.Minutes = input.Minutes!.Value;
        session.PainBefore = input.PainBefore;
        session.PainAfter = input.PainAfter;
        // Without a time, a new session is one that just ended; an edited one keeps its time.
        session.StartedAtUtc = input.StartedAtUtc ?? (id is null ? now.AddMinutes(-input.Minutes!.Value) : session.StartedAtUtc);
        session.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(session);
    }

    /// <summary>Deletes one of the member's sessions (deleting is never gated: what was logged stays the member's to remove).</summary>
    public async Task<Result<Done>> DeleteAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        await db.InversionSessions.OwnedBy(memberId).Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? Result.NotFound() : Result.Ok();
}
