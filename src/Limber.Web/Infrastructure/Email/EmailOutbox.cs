using Limber.Infrastructure.Data;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Queues an email in the database, to be saved by the caller's SaveChanges together with the change
/// that caused it; <see cref="OutboxWorker"/> sends it soon after.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock, OutboxSignal signal)
{
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
        signal.Notify();
    }
}

/// <summary>Wakes the worker when something was queued, so mail goes out in seconds rather than at the next poll.</summary>
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

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
