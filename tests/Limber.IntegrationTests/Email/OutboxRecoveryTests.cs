using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Email;

/// <summary>
/// The outbox after a failure or a shutdown in the middle of a batch. Each test runs its own app on its
/// own database: the senders below fail after a count of sends, so mail that another test left due
/// would be counted first (these tests once shared an app and failed whenever they ran after others).
/// </summary>
public sealed class OutboxRecoveryTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task StoppedMidwayAndRestarted_SendsEveryMessageExactlyOnce()
    {
        var recipients = await QueueAsync(5);
        var failing = new FailingAfter(2, _app.Services.GetRequiredService<FileEmailSender>());

        await _app.WithScopeAsync(s => ActivatorUtilities.CreateInstance<OutboxSender>(s, failing).SendDueAsync(100, CancellationToken.None));
        Assert.Equal(2, recipients.Count(r => _app.MessagesTo(r).Count == 1));

        _app.Clock.Advance(TimeSpan.FromMinutes(2)); // past the first retry pause
        await _app.SendOutboxAsync();
        await _app.SendOutboxAsync();
        Assert.All(recipients, r => Assert.Single(_app.MessagesTo(r)));
    }

    [Fact]
    public async Task ShutDownInTheMiddleOfABatch_KeepsWhatWentOutMarkedSent()
    {
        var recipients = await QueueAsync(4);
        var stopping = new StoppingAfter(2, _app.Services.GetRequiredService<FileEmailSender>());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _app.WithScopeAsync(s => ActivatorUtilities.CreateInstance<OutboxSender>(s, stopping).SendDueAsync(100, CancellationToken.None)));
        Assert.Equal(2, recipients.Count(r => _app.MessagesTo(r).Count == 1));

        await _app.SendOutboxAsync(); // after the restart
        Assert.All(recipients, r => Assert.Single(_app.MessagesTo(r)));
    }

    [Fact]
    public async Task WakesTheWorkerOnceTheMessageIsSaved_NotBefore()
    {
        var signal = _app.Services.GetRequiredService<OutboxSignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // what the app's start-up left

        var woken = await _app.WithScopeAsync(async s =>
        {
            s.GetRequiredService<EmailOutbox>().Enqueue(new EmailMessage("early@example.com", "Reader", "Queued", "text", "<p>html</p>"));
            var beforeSave = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return (beforeSave, afterSave: await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        });

        Assert.Equal((false, true), woken);
    }

    private async Task<List<string>> QueueAsync(int count)
    {
        var recipients = Enumerable.Range(0, count).Select(i => $"outbox-{i}-{Guid.NewGuid():N}@example.com").ToList();
        await _app.WithScopeAsync(async s =>
        {
            var outbox = s.GetRequiredService<EmailOutbox>();
            foreach (var to in recipients)
            {
                outbox.Enqueue(new EmailMessage(to, "Reader", "Queued", "text", "<p>html</p>"));
            }
            return await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        return recipients;
    }

    /// <summary>Delivers the first <paramref name="limit"/> messages, then is stopped as the app shuts down.</summary>
    private sealed class StoppingAfter(int limit, IEmailSender inner) : IEmailSender
    {
        private int _sent;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            _sent++ < limit ? inner.SendAsync(message, cancellationToken) : throw new OperationCanceledException("The app is stopping");
    }

    /// <summary>Delivers the first <paramref name="limit"/> messages, then fails as if the server went away.</summary>
    private sealed class FailingAfter(int limit, IEmailSender inner) : IEmailSender
    {
        private int _sent;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            _sent++ < limit ? inner.SendAsync(message, cancellationToken) : throw new IOException("SMTP server went away");
    }
}
