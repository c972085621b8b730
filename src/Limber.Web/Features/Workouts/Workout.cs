using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Features.Workouts;

/// <summary>
/// A video workout and the intervals its player runs. The video is an uploaded file (served with
/// range requests) or an embed address (YouTube or Vimeo, shown privacy-enhanced); a workout also
/// plays without any video.
/// </summary>
public sealed class Workout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    /// <summary>Relative path under uploads, e.g. <c>videos/….mp4</c>.</summary>
    public string? VideoPath { get; set; }

    public string? EmbedUrl { get; set; }

    public string? PosterPath { get; set; }

    /// <summary>What the poster shows, for readers who cannot see it; null means decorative (<c>alt=""</c>).</summary>
    public string? PosterAlt { get; set; }

    public Difficulty Difficulty { get; set; } = Difficulty.Beginner;

    /// <summary>Comma-separated, lower case: "none", "mat", "dumbbells", "inversion table".</summary>
    public string Equipment { get; set; } = "none";

    /// <summary>Comma-separated, lower case: back, core, legs, full body, posture.</summary>
    public string FocusAreas { get; set; } = "";

    public Visibility Visibility { get; set; } = Visibility.Public;

    public bool Published { get; set; }

    /// <summary>Whether members may discuss it under the player (the site-wide switch is in Settings).</summary>
    public bool CommentsEnabled { get; set; } = true;

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<WorkoutInterval> Intervals { get; init; } = [];

    /// <summary>Total seconds of the intervals (work and rest, every round); the workout's duration.</summary>
    public int DurationSeconds { get; set; }

    public static int TotalSeconds(IEnumerable<WorkoutInterval> intervals) =>
        intervals.Sum(i => (i.WorkSeconds + i.RestSeconds) * Math.Max(1, i.Rounds));

    /// <summary>
    /// Whole minutes as shown to readers, rounded up: a card never promises less time than the
    /// player runs (7 min 5 s shows "8 min"), and never says 0.
    /// </summary>
    public static int MinutesOf(int seconds) => Math.Max(1, (seconds + 59) / 60);

    public IEnumerable<string> EquipmentList => Split(Equipment);

    public IEnumerable<string> FocusList => Split(FocusAreas);

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum Difficulty
{
    Beginner,
    Intermediate,
    Advanced,
}

/// <summary>One exercise of a workout: work, then rest, repeated for the rounds.</summary>
public sealed class WorkoutInterval
{
    public const int ExerciseMaxLength = 100;
    public const int CueMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkoutId { get; init; }

    public int Position { get; set; }

    public string Exercise { get; set; } = "";

    public string? Cue { get; set; }

    public int WorkSeconds { get; set; }

    public int RestSeconds { get; set; }

    public int Rounds { get; set; } = 1;
}

/// <summary>An ordered playlist of workouts (e.g. the postural-therapy series).</summary>
public sealed class Series
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public Visibility Visibility { get; set; } = Visibility.Public;

    public bool Published { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public List<SeriesItem> Items { get; init; } = [];
}

public sealed class SeriesItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SeriesId { get; init; }

    public Guid WorkoutId { get; set; }

    public Workout? Workout { get; init; }

    public int Position { get; set; }
}

/// <summary>A workout a member did: when, how long, and how it felt.</summary>
public sealed class WorkoutSession : IOwnedByMember
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public Guid WorkoutId { get; init; }

    public Workout? Workout { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime FinishedAtUtc { get; init; }

    public int SecondsDone { get; init; }

    /// <summary>1–5, optional.</summary>
    public int? Rating { get; init; }

    public string? Note { get; init; }
}

public sealed class WorkoutConfigurations :
    IEntityTypeConfiguration<Workout>, IEntityTypeConfiguration<WorkoutInterval>, IEntityTypeConfiguration<Series>,
    IEntityTypeConfiguration<SeriesItem>, IEntityTypeConfiguration<WorkoutSession>
{
    public void Configure(EntityTypeBuilder<Workout> builder)
    {
        builder.Property(w => w.Slug).HasMaxLength(191).IsRequired();
        builder.HasIndex(w => w.Slug).IsUnique();
        builder.Property(w => w.Title).HasMaxLength(200).IsRequired();
        builder.Property(w => w.Summary).HasMaxLength(500).IsRequired();
        builder.Property(w => w.DescriptionMarkdown).HasMaxLength(20_000).IsRequired();
        builder.Property(w => w.DescriptionHtml).IsRequired();
        builder.Property(w => w.VideoPath).HasMaxLength(191);
        builder.Property(w => w.EmbedUrl).HasMaxLength(500);
        builder.Property(w => w.PosterPath).HasMaxLength(191);
        builder.Property(w => w.PosterAlt).HasMaxLength(AltText.MaxLength);
        builder.Property(w => w.Difficulty).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Equipment).HasMaxLength(300).IsRequired();
        builder.Property(w => w.FocusAreas).HasMaxLength(300).IsRequired();
        builder.Property(w => w.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(w => w.Intervals).WithOne().HasForeignKey(i => i.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.Published, w.CreatedAtUtc });
        builder.Ignore(w => w.EquipmentList);
        builder.Ignore(w => w.FocusList);
    }

    public void Configure(EntityTypeBuilder<WorkoutInterval> builder)
    {
        builder.Property(i => i.Exercise).HasMaxLength(WorkoutInterval.ExerciseMaxLength).IsRequired();
        builder.Property(i => i.Cue).HasMaxLength(WorkoutInterval.CueMaxLength);
        builder.HasIndex(i => new { i.WorkoutId, i.Position });
    }

    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(191).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Summary).HasMaxLength(500).IsRequired();
        builder.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SeriesItem> builder)
    {
        builder.HasOne(i => i.Workout).WithMany().HasForeignKey(i => i.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.SeriesId, i.Position });
    }

    public void Configure(EntityTypeBuilder<WorkoutSession> builder)
    {
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Workout).WithMany().HasForeignKey(s => s.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Note).HasMaxLength(WorkoutSession.NoteMaxLength);
        builder.HasIndex(s => new { s.MemberId, s.FinishedAtUtc });
    }
}
