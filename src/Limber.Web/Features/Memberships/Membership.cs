using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Memberships;

/// <summary>
/// A member's paid subscription, as the payment provider last told us. Access is derived from it
/// at a given time (<see cref="GivesAccessAt"/>), never stored as a role.
/// </summary>
public sealed class Membership : IOwnedByMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public Guid TierId { get; set; } = Tier.PremiumId;

    public MembershipStatus Status { get; set; } = MembershipStatus.Active;

    public BillingInterval Interval { get; set; }

    /// <summary>The end of the period paid for: renewal date, or the last day of access once canceled.</summary>
    public DateTime CurrentPeriodEndUtc { get; set; }

    /// <summary>The member canceled; access continues to the end of the period, then it ends.</summary>
    public bool CancelAtPeriodEnd { get; set; }

    /// <summary>When a renewal first failed (past due); access is kept for a grace period from then.</summary>
    public DateTime? PastDueSinceUtc { get; set; }

    /// <summary>"stripe" or "demo".</summary>
    public string Provider { get; set; } = "demo";

    public string? CustomerId { get; set; }

    public string? SubscriptionId { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The provider's own time of the last change we applied, so an older event never overwrites a newer state.</summary>
    public DateTime? ProviderUpdatedAtUtc { get; set; }

    public bool GivesAccessAt(DateTime nowUtc, TimeSpan grace) => Status switch
    {
        MembershipStatus.Active or MembershipStatus.Trialing => CurrentPeriodEndUtc.Add(grace) > nowUtc,
        MembershipStatus.PastDue => (PastDueSinceUtc ?? nowUtc).Add(grace) > nowUtc,
        MembershipStatus.Canceled => CurrentPeriodEndUtc > nowUtc,
        _ => false,
    };
}

public enum MembershipStatus
{
    Active,
    Trialing,
    PastDue,
    Canceled,
    Expired,
}

/// <summary>Premium given by an admin (a friend, a collaborator, a prize), with an optional end.</summary>
public sealed class ComplimentaryGrant : IOwnedByMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public DateTime? EndsAtUtc { get; set; }

    public string Note { get; set; } = "";

    public Guid? GrantedById { get; init; }

    public DateTime GrantedAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool GivesAccessAt(DateTime nowUtc) => RevokedAtUtc is null && (EndsAtUtc is null || EndsAtUtc > nowUtc);
}

/// <summary>A payment-provider event already applied; replays are recognised by id.</summary>
public sealed class ProcessedPaymentEvent
{
    public string Id { get; init; } = "";

    public string Type { get; init; } = "";

    public DateTime ReceivedAtUtc { get; init; }
}

public sealed class MembershipConfiguration :
    IEntityTypeConfiguration<Membership>, IEntityTypeConfiguration<ComplimentaryGrant>, IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tier>().WithMany().HasForeignKey(m => m.TierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MemberId).IsUnique();
        builder.HasIndex(m => m.SubscriptionId);
        builder.HasIndex(m => m.CustomerId);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Interval).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Provider).HasMaxLength(20).IsRequired();
        builder.Property(m => m.CustomerId).HasMaxLength(100);
        builder.Property(m => m.SubscriptionId).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ComplimentaryGrant> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.GrantedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(g => g.Note).HasMaxLength(500).IsRequired();
        builder.HasIndex(g => g.MemberId);
    }

    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(100).IsRequired();
    }
}
