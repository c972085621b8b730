using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Email;

/// <summary>
/// Sends due outbox messages one by one and marks each sent as soon as it is; a failure is retried
/// with growing pauses (1, 2, 4 ... minutes, at most an hour). A message is marked sent right after
/// the server accepted it, so a restart resends nothing that was marked; the Message-Id is the
/// outbox id, so even a crash in that instant gives receivers a duplicate they can recognise.
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
        foreach (var message in due)
        {
            try
            {
                await sender.SendAsync(new EmailMessage(message.ToAddress, message.ToName, message.Subject, message.TextBody,
                    message.HtmlBody, message.UnsubscribeUrl, message.Id), cancellationToken);
                message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Min(60, Math.Pow(2, message.Attempts - 1)));
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogWarning(ex, "Sending \"{Subject}\" to {To} failed (attempt {Attempt}); retrying at {Next:u}.",
                    message.Subject, message.ToAddress, message.Attempts, message.NextAttemptAtUtc);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
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
