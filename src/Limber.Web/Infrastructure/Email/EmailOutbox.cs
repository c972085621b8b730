using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Queues an email in the database, to be saved by the caller's SaveChanges together with the change
/// that caused it; <see cref="OutboxWorker"/> sends it soon after.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock, OutboxSignal signal) : IDisposable
{
    private bool _waitingForSave;

    public void Enqueue(EmailMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmailOutbox.Add(new OutboxMessage
        {
            ToAddress = message.ToAddress,
            ToName = message.ToName,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            UnsubscribeUrl = message.UnsubscribeUrl,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
        // The worker is woken once the caller's save has stored the message. Woken here, it could look
        // before the row is there, find nothing, and leave the message to its next poll.
        if (!_waitingForSave)
        {
            db.SavedChanges += WakeWorker;
            _waitingForSave = true;
        }
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

/// <summary>Wakes the worker when mail was saved to the outbox, so it goes out in seconds rather than at the next poll.</summary>
public sealed class OutboxSignal
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
