using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

/// <summary>The member's subscription and grants in their export; the rows go with the account (cascade).</summary>
public sealed class MembershipData(AppDbContext db) : IMemberDataContributor
{
    public string Section => "membership";

    public async Task<object?> ExportAsync(AppUser member, CancellationToken cancellationToken) => new
    {
        Subscription = await db.Memberships.AsNoTracking().OwnedBy(member.Id)
            .Select(m => new { m.Status, m.Interval, CurrentPeriodEnd = m.CurrentPeriodEndUtc, m.CancelAtPeriodEnd, m.Provider, Since = m.CreatedAtUtc })
            .SingleOrDefaultAsync(cancellationToken),
        Complimentary = await db.ComplimentaryGrants.AsNoTracking().OwnedBy(member.Id)
            .Select(g => new { GrantedAt = g.GrantedAtUtc, EndsAt = g.EndsAtUtc, RevokedAt = g.RevokedAtUtc })
            .ToListAsync(cancellationToken),
    };

    public Task EraseAsync(AppUser member, CancellationToken cancellationToken) => Task.CompletedTask;
}
