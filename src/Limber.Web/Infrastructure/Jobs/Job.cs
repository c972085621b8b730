using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// A piece of background work: a <see cref="Kind"/> (which handler runs it) and a JSON <see cref="Payload"/>.
/// It is stored by the caller's SaveChanges together with the change that asked for it, so a crash or a
/// restart loses none, and it is run by whichever node claims it first (<see cref="JobRunner"/>).
/// </summary>
public sealed class Job
{
    public const int KindMaxLength = 100;

    public const int ErrorMaxLength = 2000;

    /// <summary>The first pause after a failure; it doubles with every further one, up to <see cref="LongestRetryDelay"/>.</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Kind { get; init; } = "";

    public string Payload { get; init; } = "";

    public JobState State { get; set; }

    /// <summary>
    /// Runs begun so far, counted when a node claims the job rather than when it fails: a job that takes
    /// its node down with it still runs out of tries instead of being claimed forever.
    /// </summary>
    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }

    /// <summary>Not run before this time: when it was queued (or asked for), or the end of the pause after a failure.</summary>
    public DateTime RunAfterUtc { get; set; }

    /// <summary>The node running it (<see cref="JobsOptions.NodeId"/>), while it runs.</summary>
    public string? LockedBy { get; set; }

    /// <summary>The end of the running node's lease: past it, the node is taken to be gone and any node may claim the job again.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>Why the last attempt failed (cleared when the job succeeds).</summary>
    public string? LastError { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>When it succeeded or was given up on.</summary>
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>The pause after the given number of failed attempts: 30 s, 1, 2, 4 … minutes, at most an hour.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));

    /// <summary>Gives a dead job (<see cref="JobState.Failed"/>) all its tries again, from now.</summary>
    public bool Retry(DateTime nowUtc)
    {
        if (State != JobState.Failed)
        {
            return false;
        }
        State = JobState.Queued;
        Attempts = 0;
        RunAfterUtc = nowUtc;
        FinishedAtUtc = null;
        return true;
    }

    public static string Truncate(string error) => error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
}

public enum JobState
{
    /// <summary>Waiting for <see cref="Job.RunAfterUtc"/> and a free node (also between retries).</summary>
    Queued,

    /// <summary>Claimed by a node under a lease.</summary>
    Running,

    Succeeded,

    /// <summary>Dead-lettered: out of tries. Kept until an admin retries or deletes it at <c>/admin/jobs</c>.</summary>
    Failed,
}

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("Jobs");
        builder.Property(j => j.Kind).HasMaxLength(Job.KindMaxLength).IsRequired();
        builder.Property(j => j.Payload).IsRequired();
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.LockedBy).HasMaxLength(200);
        builder.Property(j => j.LastError).HasMaxLength(Job.ErrorMaxLength);
        // One index besides the key, as the outbox had: every queued email pays for each index when the
        // reply that causes it is saved (docs/performance.md). It serves the claim (due queued jobs in order;
        // running ones, few, whose lease ran out) and the clean-up of old succeeded jobs.
        builder.HasIndex(j => new { j.State, j.RunAfterUtc });
    }
}
