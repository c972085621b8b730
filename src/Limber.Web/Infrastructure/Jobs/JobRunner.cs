using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// Runs due jobs for one node: claims a batch under a lease (<see cref="JobClaim"/>), runs each kind's
/// share in a scope of its own, one job after another, and records the outcomes in few writes (one for
/// all that succeeded, one per failure), as the email outbox did: on SQLite every write waits its turn
/// with the replies being posted (docs/performance.md). A failed attempt is retried after a growing
/// pause (<see cref="Job.RetryDelay"/>) and dead-lettered after its last try. A node that dies mid-batch
/// leaves its jobs running until their lease ends; then another node runs them again, so handlers must
/// tolerate a second run (email keeps its Message-Id, so receivers recognise the duplicate).
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobKinds kinds, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobRunner> logger)
{
    public string NodeId { get; } = options.Value.ResolvedNodeId;

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Claims up to <see cref="JobsOptions.BatchSize"/> due jobs and runs them; returns how many it claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        List<Job> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = Now;
            claimed = await JobClaim.ClaimAsync(Db(scope), NodeId, options.Value.BatchSize, now, now + Lease, cancellationToken);
        }
        if (claimed.Count == 0)
        {
            return 0;
        }
        using var finished = new CancellationTokenSource();
        var renewing = KeepLeasesAsync([.. claimed.Select(j => j.Id)], finished.Token);
        try
        {
            // Kinds side by side, so a slow kind does not hold up the email of the same round.
            await Task.WhenAll(claimed.GroupBy(j => j.Kind).Select(kind => RunKindAsync(kind.Key, [.. kind], cancellationToken)));
        }
        finally
        {
            await finished.CancelAsync();
            await renewing;
        }
        return claimed.Count;
    }

    /// <summary>Deletes succeeded jobs older than <see cref="JobsOptions.KeepSucceededDays"/>.</summary>
    public async Task<int> DeleteOldSucceededAsync(CancellationToken cancellationToken)
    {
        var cutoff = Now.AddDays(-options.Value.KeepSucceededDays);
        await using var scope = scopes.CreateAsyncScope();
        // A job never runs before its RunAfterUtc, so that is older still: the condition on it lets the
        // (State, RunAfterUtc) index find the rows instead of reading every succeeded job.
        return await Db(scope).Jobs
            .Where(j => j.State == JobState.Succeeded && j.RunAfterUtc < cutoff && j.FinishedAtUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task RunKindAsync(string kind, List<Job> jobs, CancellationToken cancellationToken)
    {
        var outcome = new Outcome();
        // One scope for the kind's batch: its handler (and, say, its SMTP session) serves all of them.
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var registered = kinds.Find(kind);
            foreach (var job in jobs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (job.Attempts > job.MaxAttempts)
                {
                    outcome.Failed.Add((job, $"Its node stopped during its last attempt (the lease ran out), {job.MaxAttempts} attempts in all."));
                }
                else if (registered is null)
                {
                    // Retried like any failure rather than dead at once: during a rolling upgrade, a node of the
                    // previous release may claim a job of a kind that only the new release knows.
                    outcome.Failed.Add((job, $"No handler is registered for jobs of kind \"{kind}\" on node {NodeId}."));
                }
                else
                {
                    await RunOneAsync(registered, scope.ServiceProvider, job, outcome, cancellationToken);
                }
            }
        }
        finally
        {
            // Also when stopping mid-batch: what was done stays done, what was not is given back untried.
            await RecordAsync(Db(scope), jobs, outcome);
        }
    }

    private async Task RunOneAsync(JobKind kind, IServiceProvider services, Job job, Outcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await kind.RunAsync(services, job, cancellationToken);
            outcome.Succeeded.Add(job.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            outcome.Failed.Add((job, $"{ex.GetType().Name}: {ex.Message}"));
            logger.LogWarning(ex, "Job {Id} ({Kind}) failed on attempt {Attempt} of {MaxAttempts}.", job.Id, job.Kind, job.Attempts, job.MaxAttempts);
        }
    }

    private async Task RecordAsync(AppDbContext db, List<Job> jobs, Outcome outcome)
    {
        var now = Now;
        if (outcome.Succeeded.Count > 0)
        {
            var recorded = await Mine(db, outcome.Succeeded).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, JobState.Succeeded)
                .SetProperty(j => j.FinishedAtUtc, now)
                .SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
            WarnWhenLost(outcome.Succeeded.Count - recorded);
        }
        foreach (var (job, error) in outcome.Failed)
        {
            var dead = job.Attempts >= job.MaxAttempts;
            var runAfter = dead ? job.RunAfterUtc : now + Job.RetryDelay(job.Attempts);
            DateTime? finished = dead ? now : null;
            WarnWhenLost(1 - await Mine(db, [job.Id]).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, dead ? JobState.Failed : JobState.Queued)
                .SetProperty(j => j.Attempts, Math.Min(job.Attempts, job.MaxAttempts))
                .SetProperty(j => j.RunAfterUtc, runAfter)
                .SetProperty(j => j.FinishedAtUtc, finished)
                .SetProperty(j => j.LastError, Job.Truncate(error))
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntilUtc, (DateTime?)null), CancellationToken.None));
            if (dead)
            {
                logger.LogError("Job {Id} ({Kind}) failed {Attempts} times and was dead-lettered: {Error}", job.Id, job.Kind, job.MaxAttempts, error);
            }
        }
        List<Guid> untried = [.. jobs.Select(j => j.Id).Except(outcome.Succeeded).Except(outcome.Failed.Select(f => f.Job.Id))];
        if (untried.Count > 0)
        {
            await Mine(db, untried).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        }
    }

    /// <summary>
    /// Renews the lease of the batch's unfinished jobs every third of its length while the batch runs,
    /// so a long job is not taken for abandoned and run a second time elsewhere.
    /// </summary>
    private async Task KeepLeasesAsync(List<Guid> ids, CancellationToken finished)
    {
        using var timer = new PeriodicTimer(Lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(finished))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var until = Now + Lease;
                    await Mine(Db(scope), ids).ExecuteUpdateAsync(set => set.SetProperty(j => j.LockedUntilUtc, until), finished);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not renew the lease of {Count} running jobs; trying again at the next renewal.", ids.Count);
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
            // The batch is done.
        }
    }

    /// <summary>
    /// Jobs this node still holds. Every outcome is written through it: when this node's lease ran out and
    /// another node took a job over, what this node found out about it is no longer its to record.
    /// </summary>
    private IQueryable<Job> Mine(AppDbContext db, List<Guid> ids) =>
        db.Jobs.Where(j => ids.Contains(j.Id) && j.LockedBy == NodeId && j.State == JobState.Running);

    private void WarnWhenLost(int count)
    {
        if (count > 0)
        {
            logger.LogWarning("{Count} jobs finished on {Node} after their lease had run out; another node may run them again.", count, NodeId);
        }
    }

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    private sealed class Outcome
    {
        public List<Guid> Succeeded { get; } = [];

        public List<(Job Job, string Error)> Failed { get; } = [];
    }
}
