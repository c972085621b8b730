using System.ComponentModel.DataAnnotations;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// The background job queue, bound from <c>Limber:Jobs</c>. Every node runs a worker; on PostgreSQL
/// several nodes share the queue (each job is claimed by one of them under a lease), on SQLite one
/// process runs the site and its jobs.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Limber:Jobs";

    /// <summary>Run the background worker (tests switch it off and run the jobs themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often to look for due jobs when nothing wakes the worker (a queued job wakes it at once on its own node).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 10;

    /// <summary>
    /// The pause after each round before jobs queued meanwhile are run: they go out together, as one
    /// batch (one claim, one SMTP session for their email). The first job after a quiet spell runs at once.
    /// </summary>
    [Range(0, 60_000)]
    public int GatherMilliseconds { get; set; } = 500;

    /// <summary>The most jobs one node claims at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim holds before another node may take the job over, taking the claiming node to be
    /// gone. Renewed while the job runs, so a long job keeps it; a node that was killed gives its jobs up
    /// this long after it stopped renewing.
    /// </summary>
    [Range(10, 86_400)]
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Tries before a job is dead-lettered (shown at <c>/admin/jobs</c> to be retried or deleted).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Days a succeeded job is kept (then deleted; dead jobs are kept until an admin acts).</summary>
    [Range(0, 3650)]
    public int KeepSucceededDays { get; set; } = 7;

    /// <summary>This node's name in <see cref="Job.LockedBy"/>; empty means the machine name and process id.</summary>
    [StringLength(200)]
    public string? NodeId { get; set; }

    public string ResolvedNodeId => string.IsNullOrWhiteSpace(NodeId) ? $"{Environment.MachineName}:{Environment.ProcessId}" : NodeId;
}
