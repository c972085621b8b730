using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships.Admin;

/// <summary>The business in numbers, computed from the data at a given time.</summary>
public sealed record MembershipStats(
    int Members,
    int Premium,
    int Complimentary,
    long MonthlyRecurringRevenueMinor,
    string Currency,
    double ChurnLast30Days,
    IReadOnlyList<(DateTime WeekStart, int SignUps, int Upgrades)> Weeks)
{
    public const int WeeksShown = 8;

    public static async Task<MembershipStats> ComputeAsync(AppDbContext db, DateTime nowUtc, TimeSpan grace, CancellationToken cancellationToken)
    {
        var premiumTier = await db.Tiers.AsNoTracking().SingleAsync(t => t.Id == Tier.PremiumId, cancellationToken);
        var members = await db.Users.CountAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(cancellationToken);
        var paying = memberships.Where(m => m.GivesAccessAt(nowUtc, grace) && !m.CancelAtPeriodEnd && m.Status != MembershipStatus.PastDue).ToList();
        var mrr = paying.Sum(m => m.Interval == BillingInterval.Year ? premiumTier.YearlyPriceMinor / 12 : premiumTier.MonthlyPriceMinor);
        var complimentary = await db.ComplimentaryGrants.CountAsync(g => g.RevokedAtUtc == null && (g.EndsAtUtc == null || g.EndsAtUtc > nowUtc), cancellationToken);
        var monthAgo = nowUtc.AddDays(-30);
        var activeMonthAgo = memberships.Count(m => m.CreatedAtUtc <= monthAgo && (m.GivesAccessAt(monthAgo, grace) || m.UpdatedAtUtc >= monthAgo));
        var lost = memberships.Count(m => m.CreatedAtUtc <= monthAgo && !m.GivesAccessAt(nowUtc, grace));
        var firstWeek = nowUtc.Date.AddDays(-(((int)nowUtc.DayOfWeek + 6) % 7)).AddDays(-7 * (WeeksShown - 1));
        var signUps = await db.Users.Where(u => u.CreatedAtUtc >= firstWeek).Select(u => u.CreatedAtUtc).ToListAsync(cancellationToken);
        var weeks = Enumerable.Range(0, WeeksShown).Select(i =>
        {
            var start = firstWeek.AddDays(7 * i);
            var end = start.AddDays(7);
            return (start, signUps.Count(t => t >= start && t < end), memberships.Count(m => m.CreatedAtUtc >= start && m.CreatedAtUtc < end));
        }).ToList();
        return new MembershipStats(members, memberships.Count(m => m.GivesAccessAt(nowUtc, grace)), complimentary, mrr, premiumTier.Currency,
            activeMonthAgo == 0 ? 0 : (double)lost / activeMonthAgo, weeks);
    }
}
