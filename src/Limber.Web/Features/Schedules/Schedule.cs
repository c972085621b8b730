using Limber.Features.Memberships;
using Limber.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Schedules;

/// <summary>
/// A multi-week program an editor builds from the workout library: weeks of seven days, each day one
/// or more workouts or a rest day, with an optional note. Members follow a copy of it
/// (<see cref="Enrolment"/>), so an edit never rewrites a plan someone is halfway through.
/// </summary>
public sealed class Schedule
{
    public const int MaxWeeks = 26;
    public const int DaysPerWeek = 7;
    public const int MaxWorkoutsPerDay = 3;
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    /// <summary>Relative path under uploads (<c>images/….jpg</c>).</summary>
    public string? CoverPath { get; set; }

    /// <summary>What the cover shows; null means decorative.</summary>
    public string? CoverAlt { get; set; }

    /// <summary>Who may follow it; most schedules are part of Premium.</summary>
    public Visibility Visibility { get; set; } = Visibility.Premium;

    public bool Published { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Weeks { get; set; } = 1;

    /// <summary>
    /// Counts the edits of the plan (days, workouts, notes), not of the words around it: a member who
    /// started an older version is told that a newer one exists.
    /// </summary>
    public int Version { get; set; } = 1;

    public List<ScheduleDay> Days { get; init; } = [];

    /// <summary>Day number (0-based) of week <paramref name="week"/> (1-based) and weekday <paramref name="day"/> (1-based).</summary>
    public static int IndexOf(int week, int day) => ((week - 1) * DaysPerWeek) + (day - 1);
}

/// <summary>One day of a schedule's plan: its workouts in order (none for a rest day) and a note.</summary>
public sealed class ScheduleDay
{
    public const int NoteMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ScheduleId { get; init; }

    /// <summary>0-based from the first day of week 1.</summary>
    public int Index { get; set; }

    public List<Guid> WorkoutIds { get; set; } = [];

    public string? Note { get; set; }

    public bool IsRest => WorkoutIds.Count == 0;
}

public sealed class ScheduleConfigurations : IEntityTypeConfiguration<Schedule>, IEntityTypeConfiguration<ScheduleDay>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(191).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(Schedule.TitleMaxLength).IsRequired();
        builder.Property(s => s.Summary).HasMaxLength(Schedule.SummaryMaxLength).IsRequired();
        builder.Property(s => s.DescriptionMarkdown).HasMaxLength(20_000).IsRequired();
        builder.Property(s => s.DescriptionHtml).IsRequired();
        builder.Property(s => s.CoverPath).HasMaxLength(191);
        builder.Property(s => s.CoverAlt).HasMaxLength(AltText.MaxLength);
        builder.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(s => s.Days).WithOne().HasForeignKey(d => d.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Published, s.Title });
    }

    public void Configure(EntityTypeBuilder<ScheduleDay> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(ScheduleDay.NoteMaxLength);
        builder.HasIndex(d => new { d.ScheduleId, d.Index }).IsUnique();
        builder.Ignore(d => d.IsRest);
    }
}
