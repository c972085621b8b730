using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Sends a batch of due outbox messages one by one, over one SMTP connection, then records the
/// batch in one statement for the sent and one save for any that failed (retried with growing
/// pauses: 1, 2, 4 ... minutes, at most an hour). Few writes per batch rather than one per message:
/// on SQLite every write waits its turn with the comments being posted, and a busy thread queues
/// an email per reply (docs/performance.md). A crash in the middle of a batch sends its messages
/// again after the restart; the Message-Id is the outbox id, so receivers recognise the duplicates.
/// </summary>
public sealed class OutboxSender(AppDbContext db, IEmailSender sender, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const int MaxAttempts = 12;

    /// <summary>Sends up to <paramref name="max"/> due messages; returns how many went out.</summary>
    public async Task<int> SendDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Not tracked: most of a batch is marked sent by one UPDATE; only a failure is attached and saved.
        var due = await db.EmailOutbox.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && m.Attempts < MaxAttempts)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var sent = new List<Guid>(due.Count);
        await using var session = sender.StartBatch();
        try
        {
            foreach (var message in due)
            {
                if (await TrySendAsync(session, message, cancellationToken))
                {
                    sent.Add(message.Id);
                }
            }
        }
        finally
        {
            // Also when stopping mid-batch: what went out stays marked.
            await RecordAsync(sent, clock.GetUtcNow().UtcDateTime);
        }
        return sent.Count;
    }

    private async Task RecordAsync(List<Guid> sent, DateTime sentAtUtc)
    {
        if (sent.Count > 0)
        {
            await db.EmailOutbox.Where(m => sent.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAtUtc, sentAtUtc).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>Sends one message; a failure is recorded on it (attached, and saved with the batch).</summary>
    private async Task<bool> TrySendAsync(IEmailBatch session, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(new EmailMessage(message.ToAddress, message.ToName, message.Subject, message.TextBody,
                message.HtmlBody, message.UnsubscribeUrl, message.Id), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.EmailOutbox.Attach(message);
            message.Attempts++;
            message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Min(60, Math.Pow(2, message.Attempts - 1)));
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            logger.LogWarning(ex, "Sending \"{Subject}\" to {To} failed (attempt {Attempt}); retrying at {Next:u}.",
                message.Subject, message.ToAddress, message.Attempts, message.NextAttemptAtUtc);
            return false;
        }
    }
}

/// <summary>
/// Runs <see cref="OutboxSender"/> in the background: when woken by <see cref="OutboxSignal"/>, and every few seconds.
/// After each round it rests for <see cref="EmailOptions.OutboxOptions.GatherMilliseconds"/> before it may be woken
/// again: a quiet site sends a message the moment it is saved, while a busy one sends what its readers queued in that
/// pause as one batch, with one query and one update, instead of a round of its own for every reply.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, Microsoft.Extensions.Options.IOptions<EmailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>A scope (so a fresh DbContext) per batch: one context for a long backlog would track every message sent and slow each save.</summary>
    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(BatchSize, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outbox = options.Value.Outbox;
        if (!outbox.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendBatchAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: there may be more.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The email outbox could not be processed; trying again shortly.");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(outbox.GatherMilliseconds, 0, 60_000)), stoppingToken);
                await signal.WaitAsync(TimeSpan.FromSeconds(outbox.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
