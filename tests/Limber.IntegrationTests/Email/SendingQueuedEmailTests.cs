using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Email;

/// <summary>
/// Email jobs after a failure or a shutdown in the middle of a batch. Each test runs its own app on its
/// own database: the senders below fail after a count of sends, so mail that another test left due
/// would be counted first.
/// </summary>
public sealed class SendingQueuedEmailTests : IAsyncLifetime
{
    private readonly Factory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class Factory : AppFactory
    {
        /// <summary>Sends as the app would (.eml files), unless a test puts a failing sender in its place.</summary>
        public IEmailSender? Sender { get; set; }

        public IEmailSender Files => Services.GetRequiredService<FileEmailSender>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(sp =>
                new Switchable(this, sp.GetRequiredService<FileEmailSender>())));
        }

        private sealed class Switchable(Factory factory, IEmailSender files) : IEmailSender
        {
            public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
                (factory.Sender ?? files).SendAsync(message, cancellationToken);
        }
    }

    [Fact]
    public async Task ServerGoesAwayMidBatch_SendsTheRestOnTheRetry_EachExactlyOnce()
    {
        var recipients = await QueueAsync(5);
        _app.Sender = new FailingAfter(2, _app.Files);

        await _app.SendOutboxAsync();
        Assert.Equal(2, recipients.Count(r => _app.MessagesTo(r).Count == 1));
        Assert.Equal(3, await _app.WithDbAsync(db => db.Jobs.CountAsync(j => j.State == JobState.Queued && j.LastError == "IOException: SMTP server went away")));

        _app.Sender = null;
        _app.Clock.Advance(TimeSpan.FromSeconds(30)); // past the first retry pause
        await _app.SendOutboxAsync();
        Assert.All(recipients, r => Assert.Single(_app.MessagesTo(r)));
    }

    [Fact]
    public async Task RetriedEmail_KeepsItsMessageId()
    {
        var to = (await QueueAsync(1))[0];
        var job = await _app.WithDbAsync(db => db.Jobs.SingleAsync());
        _app.Sender = new FailingAfter(0, _app.Files);
        await _app.SendOutboxAsync();

        _app.Sender = null;
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        await _app.SendOutboxAsync();

        Assert.StartsWith($"{job.Id:N}@", Assert.Single(_app.MessagesTo(to)).MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShutDownInTheMiddleOfABatch_KeepsWhatWentOutSent_AndSendsTheRestAfterTheRestart()
    {
        var recipients = await QueueAsync(4);
        using var stopping = new CancellationTokenSource();
        _app.Sender = new StoppingAfter(2, _app.Files, stopping);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _app.Services.GetRequiredService<JobRunner>().RunDueAsync(stopping.Token));
        Assert.Equal(2, recipients.Count(r => _app.MessagesTo(r).Count == 1));
        Assert.Equal(2, await _app.WithDbAsync(db => db.Jobs.CountAsync(j => j.State == JobState.Succeeded)));

        _app.Sender = null;
        await _app.SendOutboxAsync(); // after the restart
        Assert.All(recipients, r => Assert.Single(_app.MessagesTo(r)));
    }

    private async Task<List<string>> QueueAsync(int count)
    {
        var recipients = Enumerable.Range(0, count).Select(i => $"queued-{i}-{Guid.NewGuid():N}@example.com").ToList();
        await _app.WithScopeAsync(async s =>
        {
            var jobs = s.GetRequiredService<JobQueue>();
            foreach (var to in recipients)
            {
                jobs.Enqueue(EmailJob.Kind, new EmailMessage(to, "Reader", "Queued", "text", "<p>html</p>"));
            }
            return await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        return recipients;
    }

    /// <summary>Delivers the first <paramref name="limit"/> messages, then the app stops (its token is cancelled).</summary>
    private sealed class StoppingAfter(int limit, IEmailSender inner, CancellationTokenSource stopping) : IEmailSender
    {
        private int _sent;

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (++_sent > limit)
            {
                await stopping.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
            await inner.SendAsync(message, cancellationToken);
        }
    }

    /// <summary>Delivers the first <paramref name="limit"/> messages, then fails as if the server went away.</summary>
    private sealed class FailingAfter(int limit, IEmailSender inner) : IEmailSender
    {
        private int _sent;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            _sent++ < limit ? inner.SendAsync(message, cancellationToken) : throw new IOException("SMTP server went away");
    }
}
