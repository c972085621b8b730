using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Sends a batch of due outbox messages one by one, over one SMTP connection, then records the
/// batch (sent, or failed and retried with growing pauses: 1, 2, 4 ... minutes, at most an hour) in
/// one write. One write per batch rather than per message: on SQLite every write waits its turn
/// with the comments being posted, and a busy thread queues an email per reply
/// (docs/performance.md). A crash in the middle of a batch sends its messages again after the
/// restart; the Message-Id is the outbox id, so receivers recognise the duplicates.
/// </summary>
public sealed class OutboxSender(AppDbContext db, IEmailSender sender, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const int MaxAttempts = 12;

    /// <summary>Sends up to <paramref name="max"/> due messages; returns how many went out.</summary>
    public async Task<int> SendDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.EmailOutbox
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && m.Attempts < MaxAttempts)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        var sent = 0;
        await using var session = sender.StartBatch();
        try
        {
            foreach (var message in due)
            {
                sent += await TrySendAsync(session, message, cancellationToken) ? 1 : 0;
            }
        }
        finally
        {
            // Also when stopping mid-batch: what went out stays marked.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    /// <summary>Sends one message and records the outcome on it (saved with the batch).</summary>
    private async Task<bool> TrySendAsync(IEmailBatch session, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(new EmailMessage(message.ToAddress, message.ToName, message.Subject, message.TextBody,
                message.HtmlBody, message.UnsubscribeUrl, message.Id), cancellationToken);
            message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Min(60, Math.Pow(2, message.Attempts - 1)));
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            logger.LogWarning(ex, "Sending \"{Subject}\" to {To} failed (attempt {Attempt}); retrying at {Next:u}.",
                message.Subject, message.ToAddress, message.Attempts, message.NextAttemptAtUtc);
            return false;
        }
    }
}

/// <summary>Runs <see cref="OutboxSender"/> in the background: when woken by <see cref="OutboxSignal"/>, and every few seconds.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, Microsoft.Extensions.Options.IOptions<EmailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>A scope (so a fresh DbContext) per batch: one context for a long backlog would track every message sent and slow each save.</summary>
    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(BatchSize, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Outbox.Enabled)
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
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.Outbox.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
