using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// Runs <see cref="JobRunner"/> in the background on every node: when woken by <see cref="JobSignal"/>, and
/// every few seconds. After each round it rests for <see cref="JobsOptions.GatherMilliseconds"/> before it
/// may be woken again: a quiet site sends a message the moment it is saved, while a busy one runs what its
/// readers queued in that pause as one batch, with one claim and one update, instead of a round of its own
/// for every reply. Once an hour it deletes old succeeded jobs.
/// </summary>
public sealed class JobWorker(JobRunner runner, JobSignal signal, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobWorker> logger) : BackgroundService
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var jobs = options.Value;
        if (!jobs.Enabled)
        {
            return;
        }
        DateTimeOffset? cleanedUp = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await runner.RunDueAsync(stoppingToken) == jobs.BatchSize)
                {
                    // A full batch: there may be more.
                }
                if (cleanedUp is null || clock.GetUtcNow() - cleanedUp >= CleanUpEvery)
                {
                    cleanedUp = clock.GetUtcNow();
                    await runner.DeleteOldSucceededAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The job queue could not be processed; trying again shortly.");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(jobs.GatherMilliseconds), stoppingToken);
                await signal.WaitAsync(TimeSpan.FromSeconds(jobs.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
