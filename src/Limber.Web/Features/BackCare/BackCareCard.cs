using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.BackCare;

/// <summary>The account overview's back-care card: inversion minutes this week (on the member's clock, from Monday) and whether the self-check lets them invert.</summary>
public sealed class BackCareCard(AppDbContext db, InversionGate gate, MemberDates dates) : IAccountOverviewCard
{
    public int Order => 28;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var me = member.UserId()!.Value;
        var zone = await dates.ZoneAsync(me, cancellationToken);
        var today = Times.Today(dates.UtcNow, zone);
        var monday = PainInsights.WeekStart(today);
        // From a day before Monday in UTC, then counted on the member's clock.
        var since = monday.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var sessions = await db.InversionSessions.AsNoTracking().OwnedBy(me).Where(s => s.StartedAtUtc >= since)
            .Select(s => new { s.StartedAtUtc, s.Minutes }).ToListAsync(cancellationToken);
        var minutes = sessions.Where(s => Times.Today(s.StartedAtUtc, zone) >= monday).Sum(s => s.Minutes);
        var state = await gate.StateAsync(me, cancellationToken);
        return new AccountCard("Back care", $"{minutes} min inverted", [
            state.Open ? new("Self-check: you are cleared to invert.") : new(state.Reason!, "/back-care/self-check"),
            new("Log today's pain", "/back-care/pain"),
        ], "Back care", "/back-care");
    }
}
