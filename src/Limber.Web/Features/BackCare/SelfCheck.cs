using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.BackCare;

/// <summary>
/// A member's safety self-check before inverting, kept with its date (every answer stays: the latest is
/// the one that counts). Any "Yes" gates the inversion tools until the member records that a doctor
/// cleared them. The answers are the member's alone: no staff page reads them.
/// </summary>
public sealed class SelfCheck : IOwnedByMember
{
    /// <summary>A check older than this is asked again.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(365);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public DateTime AnsweredAtUtc { get; init; }

    public bool HighBloodPressure { get; init; }

    public bool HeartDisease { get; init; }

    public bool Glaucoma { get; init; }

    public bool Pregnancy { get; init; }

    public bool RecentSurgery { get; init; }

    public bool Osteoporosis { get; init; }

    /// <summary>"My doctor has cleared me to invert", saved with a "Yes".</summary>
    public bool ClearedByDoctor { get; init; }

    /// <summary>The conditions answered "Yes", in the form's order and words.</summary>
    public IReadOnlyList<Condition> Conditions =>
    [
        .. Condition.All.Where(c => c.Key switch
        {
            nameof(HighBloodPressure) => HighBloodPressure,
            nameof(HeartDisease) => HeartDisease,
            nameof(Glaucoma) => Glaucoma,
            nameof(Pregnancy) => Pregnancy,
            nameof(RecentSurgery) => RecentSurgery,
            _ => Osteoporosis,
        }),
    ];

    public bool AnyYes => HighBloodPressure || HeartDisease || Glaucoma || Pregnancy || RecentSurgery || Osteoporosis;

    public bool IsCurrentAt(DateTime nowUtc) => nowUtc - AnsweredAtUtc < ValidFor;

    /// <summary>Whether this check lets the member use the inversion tools at <paramref name="nowUtc"/>.</summary>
    public bool AllowsInversionAt(DateTime nowUtc) => IsCurrentAt(nowUtc) && (!AnyYes || ClearedByDoctor);
}

/// <param name="Key">The <see cref="SelfCheck"/> property.</param>
/// <param name="Label">The question, as design.md names it.</param>
/// <param name="Why">Why it matters for inverting, shown with a "Yes".</param>
public sealed record Condition(string Key, string Label, string Why)
{
    public static readonly IReadOnlyList<Condition> All =
    [
        new(nameof(SelfCheck.HighBloodPressure), "High blood pressure", "Hanging head-down raises the pressure in the blood vessels of your head."),
        new(nameof(SelfCheck.HeartDisease), "Heart disease", "Tipping back changes how hard your heart works to move blood."),
        new(nameof(SelfCheck.Glaucoma), "Glaucoma or another eye-pressure condition", "Inverting raises the pressure inside your eyes, sharply at steep angles."),
        new(nameof(SelfCheck.Pregnancy), "Pregnancy", "Inverting puts pressure on the abdomen and can strain ligaments that are already loosened."),
        new(nameof(SelfCheck.RecentSurgery), "Recent surgery or injury", "Traction and a head-down position can strain healing tissue."),
        new(nameof(SelfCheck.Osteoporosis), "Osteoporosis", "The ankle and hip straps load bones that may fracture more easily."),
    ];
}

public sealed class SelfCheckConfiguration : IEntityTypeConfiguration<SelfCheck>
{
    public void Configure(EntityTypeBuilder<SelfCheck> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.MemberId, s.AnsweredAtUtc });
        builder.Ignore(s => s.Conditions);
        builder.Ignore(s => s.AnyYes);
    }
}
