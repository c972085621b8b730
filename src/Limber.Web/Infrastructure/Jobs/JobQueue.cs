using System.Text.Json;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Jobs;

/// <summary>
/// Queues background work: the job is added to the caller's <see cref="AppDbContext"/> and stored by the
/// caller's SaveChanges, in the same transaction as the change that asked for it (a change rolled back
/// queues nothing). One row insert, nothing more: a busy thread queues an email with every reply.
/// </summary>
public sealed class JobQueue(AppDbContext db, JobKinds kinds, JobSignal signal, TimeProvider clock, IOptions<JobsOptions> options) : IDisposable
{
    /// <summary>How payloads are written and read (camelCase, as the API's JSON).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private bool _waitingForSave;

    /// <summary>Queues a job of <paramref name="kind"/>, to run as soon as a worker is free, or not before <paramref name="runAfterUtc"/>.</summary>
    public Job Enqueue<TPayload>(string kind, TPayload payload, DateTime? runAfterUtc = null)
    {
        // A kind this code does not run is a mistake here and now, not a dead job found later.
        var registered = kinds.Find(kind)
            ?? throw new InvalidOperationException($"No handler is registered for jobs of kind \"{kind}\" (services.AddJob).");
        if (registered.PayloadType != typeof(TPayload))
        {
            throw new InvalidOperationException($"Jobs of kind \"{kind}\" take a {registered.PayloadType.Name}, not a {typeof(TPayload).Name}.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload, Json),
            State = JobState.Queued,
            MaxAttempts = options.Value.MaxAttempts,
            RunAfterUtc = runAfterUtc ?? now,
            CreatedAtUtc = now,
        };
        db.Jobs.Add(job);
        // The worker is woken once the caller's save has stored the job. Woken here, it could look before
        // the row is there, find nothing, and leave the job to its next poll.
        if (!_waitingForSave)
        {
            db.SavedChanges += WakeWorker;
            _waitingForSave = true;
        }
        return job;
    }

    private void WakeWorker(object? sender, SavedChangesEventArgs e)
    {
        StopWaiting();
        signal.Notify();
    }

    private void StopWaiting()
    {
        if (_waitingForSave)
        {
            db.SavedChanges -= WakeWorker;
            _waitingForSave = false;
        }
    }

    /// <summary>The context is pooled and outlives this scope: a save that never happened must not wake the worker later.</summary>
    public void Dispose() => StopWaiting();
}

/// <summary>
/// Wakes this node's worker when a job was saved, so it runs in a moment rather than at the next poll.
/// Other nodes find it at their next poll (<see cref="JobsOptions.PollSeconds"/>).
/// </summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>True when woken, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
