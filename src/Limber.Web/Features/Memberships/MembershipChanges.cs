using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Memberships;

/// <summary>
/// Every change to a subscription goes through here, whoever reports it (the demo checkout, the
/// member's cancel button, a Stripe webhook): the new state is applied and the emails that go with
/// the transition are queued, in one save.
/// </summary>
public sealed class MembershipChanges(AppDbContext db, MembershipEmails emails, TimeProvider clock, IOptions<PaymentsOptions> payments)
{
    public sealed record State(
        MembershipStatus Status,
        BillingInterval Interval,
        DateTime CurrentPeriodEndUtc,
        bool CancelAtPeriodEnd,
        string Provider,
        string? CustomerId,
        string? SubscriptionId,
        DateTime? ProviderChangedAtUtc = null);

    /// <summary>Applies <paramref name="state"/> to the member's membership (creating it), unless an older report arrives after a newer one.</summary>
    public async Task<Membership?> ApplyAsync(Guid memberId, State state, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var grace = TimeSpan.FromDays(payments.Value.GraceDays);
        var membership = await db.Memberships.OwnedBy(memberId).SingleOrDefaultAsync(cancellationToken);
        if (membership is not null && state.ProviderChangedAtUtc is { } at && membership.ProviderUpdatedAtUtc > at)
        {
            return membership; // out of order: we already applied something newer
        }
        (bool Access, MembershipStatus Status, bool CancelAtPeriodEnd)? before =
            membership is null ? null : (membership.GivesAccessAt(now, grace), membership.Status, membership.CancelAtPeriodEnd);
        if (membership is null)
        {
            membership = new Membership { MemberId = memberId, CreatedAtUtc = now };
            db.Memberships.Add(membership);
        }
        membership.Status = state.Status;
        membership.Interval = state.Interval;
        membership.CurrentPeriodEndUtc = state.CurrentPeriodEndUtc;
        membership.CancelAtPeriodEnd = state.CancelAtPeriodEnd;
        membership.Provider = state.Provider;
        membership.CustomerId = state.CustomerId ?? membership.CustomerId;
        membership.SubscriptionId = state.SubscriptionId ?? membership.SubscriptionId;
        membership.ProviderUpdatedAtUtc = state.ProviderChangedAtUtc ?? membership.ProviderUpdatedAtUtc;
        membership.UpdatedAtUtc = now;
        membership.PastDueSinceUtc = state.Status == MembershipStatus.PastDue ? membership.PastDueSinceUtc ?? now : null;

        var hasAccess = membership.GivesAccessAt(now, grace);
        if (hasAccess && before?.Access != true && state.Status is MembershipStatus.Active or MembershipStatus.Trialing)
        {
            emails.Welcome(member, membership);
        }
        if (state.Status == MembershipStatus.PastDue && before?.Status != MembershipStatus.PastDue)
        {
            emails.PaymentFailed(member);
        }
        if (state.CancelAtPeriodEnd && before?.CancelAtPeriodEnd != true && hasAccess)
        {
            emails.Ending(member, membership);
        }
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    /// <summary>The demo checkout: a paid period starts now, no money taken.</summary>
    public Task<Membership?> StartDemoAsync(Guid memberId, BillingInterval interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return ApplyAsync(memberId, new State(MembershipStatus.Active, interval,
            interval == BillingInterval.Year ? now.AddYears(1) : now.AddMonths(1), false, "demo", null, null), cancellationToken);
    }

    /// <summary>Cancel at period end, or resume; the membership as it was otherwise.</summary>
    public Task<Membership?> SetCanceledAsync(Membership membership, bool cancel, CancellationToken cancellationToken) =>
        ApplyAsync(membership.MemberId, new State(cancel ? MembershipStatus.Canceled : MembershipStatus.Active, membership.Interval,
            membership.CurrentPeriodEndUtc, cancel, membership.Provider, membership.CustomerId, membership.SubscriptionId), cancellationToken);
}
