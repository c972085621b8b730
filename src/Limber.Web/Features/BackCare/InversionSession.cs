using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.BackCare;

/// <summary>An inversion session a member logged: device, angle, minutes, when, and pain before and after (0–10).</summary>
public sealed class InversionSession : IOwnedByMember
{
    public const int NotesMaxLength = 1000;
    public const int MaxAngle = 90;
    public const int MaxMinutes = 60;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public Device Device { get; set; }

    /// <summary>0 (upright) to 90 (fully inverted, boots).</summary>
    public int AngleDegrees { get; set; }

    public int Minutes { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public int? PainBefore { get; set; }

    public int? PainAfter { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Comfortable: it did not hurt more afterwards (both scores given, after ≤ before).</summary>
    public bool WasComfortable => PainBefore is { } before && PainAfter is { } after && after <= before;
}

public enum Device
{
    Table,
    Chair,
    Boots,
    Other,
}

/// <summary>One pain score in the diary: an area, 0–10, when, and a note.</summary>
public sealed class PainEntry : IOwnedByMember
{
    public const int NotesMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public PainArea Area { get; set; }

    public int Score { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; init; }
}

public enum PainArea
{
    LowerBack,
    Neck,
    Shoulders,
    Hips,
    Knees,
    SiJoint,
}

public sealed class BackCareConfigurations : IEntityTypeConfiguration<InversionSession>, IEntityTypeConfiguration<PainEntry>,
    IEntityTypeConfiguration<BackCareSettings>
{
    public void Configure(EntityTypeBuilder<InversionSession> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Device).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Notes).HasMaxLength(InversionSession.NotesMaxLength);
        builder.HasIndex(s => new { s.MemberId, s.StartedAtUtc });
        builder.Ignore(s => s.WasComfortable);
    }

    public void Configure(EntityTypeBuilder<PainEntry> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Notes).HasMaxLength(PainEntry.NotesMaxLength);
        builder.HasIndex(p => new { p.MemberId, p.RecordedAtUtc });
    }

    public void Configure(EntityTypeBuilder<BackCareSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Disclaimer).HasMaxLength(BackCareSettings.DisclaimerMaxLength).IsRequired();
        builder.Property(s => s.PosturalSeriesSlug).HasMaxLength(191);
        builder.HasData(new BackCareSettings());
    }
}

/// <summary>The creator's limits for the back-care tools (one row): the progression never suggests more than these.</summary>
public sealed class BackCareSettings
{
    public const int SingletonId = 1;
    public const int DisclaimerMaxLength = 1000;
    public const string DefaultDisclaimer =
        "These tools are not medical advice. Stop if anything hurts, and ask your doctor before you start inverting.";

    public int Id { get; init; } = SingletonId;

    /// <summary>The steepest angle the progression suggests (degrees).</summary>
    public int MaxAngleDegrees { get; set; } = 60;

    /// <summary>The longest session the progression suggests (minutes).</summary>
    public int MaxMinutes { get; set; } = 10;

    public string Disclaimer { get; set; } = DefaultDisclaimer;

    /// <summary>The series whose workouts count as "postural workouts" in insights.</summary>
    public string? PosturalSeriesSlug { get; set; } = "postural-therapy-basics";
}
