using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

/// <summary>The account overview's membership card: the plan and when it renews or ends.</summary>
public sealed class MembershipCard(AppDbContext db, MemberAccess access) : IAccountOverviewCard
{
    public int Order => 10;

    public async Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken)
    {
        var me = member.UserId()!.Value;
        if (!await access.HasPremiumAsync(me, cancellationToken))
        {
            return new AccountCard("Membership", "Free", [new("Premium opens every workout, schedule and recipe.")], "Join Premium", "/join");
        }
        var membership = await db.Memberships.AsNoTracking().OwnedBy(me)
            .Select(m => new { m.CurrentPeriodEndUtc, m.CancelAtPeriodEnd, m.Provider }).SingleOrDefaultAsync(cancellationToken);
        var line = membership is null ? "Complimentary Premium."
            : membership.CancelAtPeriodEnd ? $"Ends on {membership.CurrentPeriodEndUtc:d MMMM yyyy}."
            : $"Renews on {membership.CurrentPeriodEndUtc:d MMMM yyyy}.";
        return new AccountCard("Membership", "Premium", [new(line)], "Manage membership", "/account/membership");
    }
}
