using Limber.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Jobs;

/// <summary>
/// A failing job is tried again after a growing pause and dead-lettered after its last try; a job whose
/// node died (its lease ran out) is claimed again; a job no handler here knows fails with a clear error.
/// </summary>
public sealed class RetryingJobsTests : IAsyncLifetime
{
    private readonly JobsFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task FailingJob_IsRetriedAfterGrowingPauses_ThenDeadLettered()
    {
        _app.Chores.FailNext(int.MaxValue);
        var job = await _app.QueueChoreAsync("always breaks");

        Assert.Equal(1, await _app.SendOutboxAsync());
        var first = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Queued, 1, _app.Now.AddSeconds(30)), (first.State, first.Attempts, first.RunAfterUtc));
        Assert.Equal("InvalidOperationException: The chore always breaks broke.", first.LastError);

        _app.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await _app.SendOutboxAsync());
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _app.SendOutboxAsync());
        var second = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Queued, 2, _app.Now.AddMinutes(1)), (second.State, second.Attempts, second.RunAfterUtc));

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _app.SendOutboxAsync());
        var dead = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Failed, JobsFactory.MaxAttempts, _app.Now), (dead.State, dead.Attempts, dead.FinishedAtUtc));
        Assert.Null(dead.LockedBy);

        _app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _app.SendOutboxAsync());
        Assert.Empty(_app.Chores.Done);
    }

    [Fact]
    public async Task FailingOnce_SucceedsOnTheRetry()
    {
        _app.Chores.FailNext(1);
        var job = await _app.QueueChoreAsync("breaks once");

        await _app.SendOutboxAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        await _app.SendOutboxAsync();

        var done = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Succeeded, 2, null, _app.Now), (done.State, done.Attempts, done.LastError, done.FinishedAtUtc));
        Assert.Equal(["breaks once"], _app.Chores.Done);
    }

    [Fact]
    public async Task JobOfAKindNoHandlerKnows_FailsWithAClearError_ThenIsDeadLettered()
    {
        // As a node of a newer release would queue it, or as it was left by a kind since removed.
        var job = await StoreAsync(new Job { Kind = "vanished-kind", Payload = "{}", State = JobState.Queued, MaxAttempts = 2, RunAfterUtc = _app.Now, CreatedAtUtc = _app.Now });

        await _app.SendOutboxAsync();
        Assert.Contains("No handler is registered for jobs of kind \"vanished-kind\"", (await _app.JobAsync(job.Id)).LastError, StringComparison.Ordinal);
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        await _app.SendOutboxAsync();

        var dead = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Failed, 2), (dead.State, dead.Attempts));
        Assert.Contains("No handler is registered for jobs of kind \"vanished-kind\"", dead.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningJobWhoseLeaseRanOut_IsClaimedAgainAndRun()
    {
        // A node claimed it and was killed: it never finished, and its lease ended a second ago.
        var orphan = await StoreAsync(Running("orphan", lockedUntil: _app.Now.AddSeconds(-1), attempts: 1));
        var held = await StoreAsync(Running("still held", lockedUntil: _app.Now.AddMinutes(1), attempts: 1));

        Assert.Equal(1, await _app.Node("survivor").RunDueAsync(CancellationToken.None));

        Assert.Equal(["orphan"], _app.Chores.Done);
        var rerun = await _app.JobAsync(orphan.Id);
        Assert.Equal((JobState.Succeeded, 2, null), (rerun.State, rerun.Attempts, rerun.LockedBy));
        var untouched = await _app.JobAsync(held.Id);
        Assert.Equal((JobState.Running, "dead-node"), (untouched.State, untouched.LockedBy));
    }

    [Fact]
    public async Task JobWhoseNodeDiedOnItsLastTry_IsDeadLetteredWithoutARun()
    {
        var job = await StoreAsync(Running("last try", lockedUntil: _app.Now.AddSeconds(-1), attempts: JobsFactory.MaxAttempts));

        await _app.SendOutboxAsync();

        var dead = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Failed, JobsFactory.MaxAttempts), (dead.State, dead.Attempts));
        Assert.Contains("lease ran out", dead.LastError, StringComparison.Ordinal);
        Assert.Empty(_app.Chores.Done);
    }

    [Fact]
    public async Task LongJob_KeepsItsLeaseWhileItRuns()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _app.Chores.Hold = hold;
        var job = await _app.QueueChoreAsync("long");
        var running = _app.Node("busy").RunDueAsync(CancellationToken.None);
        await _app.Chores.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Past the whole lease, in steps of a third of it: each renews the lease from the time it runs.
        for (var step = 1; step <= 4; step++)
        {
            _app.Clock.Advance(TimeSpan.FromSeconds(100));
            var renewedUntil = _app.Now.AddSeconds(300);
            await WaitUntilAsync(async () => (await _app.JobAsync(job.Id)).LockedUntilUtc == renewedUntil);
        }
        Assert.Equal(0, await _app.Node("other").RunDueAsync(CancellationToken.None));

        hold.SetResult();
        Assert.Equal(1, await running);
        Assert.Equal((JobState.Succeeded, 1), ((await _app.JobAsync(job.Id)).State, (await _app.JobAsync(job.Id)).Attempts));
        Assert.Equal(["long"], _app.Chores.Done);
    }

    [Fact]
    public async Task StoppedWhileAJobRuns_GivesTheUntriedJobsBack()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _app.Chores.Hold = hold;
        var first = await _app.QueueChoreAsync("interrupted");
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await _app.QueueChoreAsync("never started");
        using var stopping = new CancellationTokenSource();

        var running = _app.Node("stopping").RunDueAsync(stopping.Token);
        await _app.Chores.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        foreach (var id in new[] { first.Id, second.Id })
        {
            var job = await _app.JobAsync(id);
            Assert.Equal((JobState.Queued, 0, null), (job.State, job.Attempts, job.LockedBy));
        }
        _app.Chores.Hold = null;
        Assert.Equal(2, await _app.SendOutboxAsync());
        Assert.Equal(["interrupted", "never started"], _app.Chores.Done);
    }

    private Job Running(string name, DateTime lockedUntil, int attempts) => new()
    {
        Kind = JobsFactory.ChoreKind,
        Payload = $$"""{"name":"{{name}}"}""",
        State = JobState.Running,
        Attempts = attempts,
        MaxAttempts = JobsFactory.MaxAttempts,
        RunAfterUtc = _app.Now.AddMinutes(-10),
        LockedBy = "dead-node",
        LockedUntilUtc = lockedUntil,
        CreatedAtUtc = _app.Now.AddMinutes(-10),
    };

    private Task<Job> StoreAsync(Job job) => _app.WithDbAsync(async db =>
    {
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    });

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var tries = 0; tries < 200; tries++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The condition did not come true within 10 s.");
    }
}
