using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>
/// Whether a member may use the inversion tools (the timer and session logging) now: the one place
/// pages and the API ask, so the gate holds on every surface. It opens with a current self-check that
/// has no "Yes", or whose "Yes" the member's doctor cleared.
/// </summary>
public sealed class InversionGate(AppDbContext db, TimeProvider clock)
{
    public static class Messages
    {
        public const string NotTaken = "Take the safety self-check before your first inversion session.";
        public const string Expired = "Your safety self-check is more than 12 months old. Please take it again.";
        public const string NotCleared = "Your self-check answered “Yes” to a condition. Ask your doctor first, then record that they cleared you to invert.";
    }

    public async Task<GateState> StateAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var latest = await db.SelfChecks.AsNoTracking().OwnedBy(memberId).OrderByDescending(s => s.AnsweredAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return latest switch
        {
            null => new GateState(null, false, Messages.NotTaken),
            _ when !latest.IsCurrentAt(now) => new GateState(latest, false, Messages.Expired),
            _ when !latest.AllowsInversionAt(now) => new GateState(latest, false, Messages.NotCleared),
            _ => new GateState(latest, true, null),
        };
    }
}

/// <param name="Latest">The member's latest self-check, if any.</param>
/// <param name="Reason">Why the tools are closed; null when open.</param>
public sealed record GateState(SelfCheck? Latest, bool Open, string? Reason);
