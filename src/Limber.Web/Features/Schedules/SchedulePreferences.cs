using System.Security.Cryptography;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Schedules;

/// <summary>
/// A member's schedule settings, kept across the schedules they follow: the secret of their calendar
/// feed and the hour of the morning reminder. The feed token is the whole credential of
/// <c>/me/schedule.ics</c> (calendar apps cannot sign in), so it is long, random and replaceable.
/// </summary>
public sealed class SchedulePreferences : IOwnedByMember
{
    public const int TokenLength = 43;

    public Guid MemberId { get; init; }

    public string CalendarToken { get; private set; } = NewToken();

    /// <summary>Local hour (0–23) of the reminder email on scheduled days; null sends none.</summary>
    public int? ReminderHour { get; set; }

    /// <summary>Replaces the feed's token: the old link answers 404 from now on.</summary>
    public void ResetCalendarToken() => CalendarToken = NewToken();

    /// <summary>32 random bytes, base64url: 43 characters, 256 bits.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class EnrolmentConfigurations :
    IEntityTypeConfiguration<Enrolment>, IEntityTypeConfiguration<EnrolmentDay>, IEntityTypeConfiguration<SchedulePreferences>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        // A schedule someone has followed is unpublished, not deleted: their history points at it.
        builder.HasOne(e => e.Schedule).WithMany().HasForeignKey(e => e.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Title).HasMaxLength(Schedule.TitleMaxLength).IsRequired();
        builder.HasMany(e => e.Days).WithOne().HasForeignKey(d => d.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        // At most one current schedule per member, even when two starts race.
        builder.HasIndex(e => e.MemberId).IsUnique().HasFilter("\"EndedAtUtc\" IS NULL").HasDatabaseName("IX_Enrolments_MemberId_Current");
        builder.HasIndex(e => new { e.MemberId, e.StartedAtUtc });
        builder.Ignore(e => e.IsPaused);
        builder.Ignore(e => e.Weeks);
    }

    public void Configure(EntityTypeBuilder<EnrolmentDay> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(ScheduleDay.NoteMaxLength);
        builder.HasIndex(d => new { d.EnrolmentId, d.Index }).IsUnique();
        // The reminder sweep looks for days around today that were not reminded yet.
        builder.HasIndex(d => new { d.Date, d.RemindedAtUtc });
        builder.Ignore(d => d.IsRest);
        builder.Ignore(d => d.Week);
    }

    public void Configure(EntityTypeBuilder<SchedulePreferences> builder)
    {
        builder.HasKey(p => p.MemberId);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.CalendarToken).HasMaxLength(SchedulePreferences.TokenLength).IsRequired();
        builder.HasIndex(p => p.CalendarToken).IsUnique();
    }
}
