using System.Collections.Concurrent;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Limber.IntegrationTests.Jobs;

/// <summary>
/// Two nodes working one queue at the same time send every email exactly once. On PostgreSQL (the
/// database for several nodes) the claims race for real: each node has its own connections and claims
/// small batches, hundreds of times. On SQLite, which serialises its writers, the same claims queue up.
/// </summary>
public sealed class TwoNodesTests(TwoNodesTests.Factory app) : IClassFixture<TwoNodesTests.Factory>
{
    private const int Emails = 500;

    public sealed class Factory : AppFactory
    {
        public CountingSender Sender { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Sender));
        }
    }

    [Fact]
    public async Task TwoNodesRunningAtOnce_SendEachQueuedEmailExactlyOnce()
    {
        var recipients = Enumerable.Range(0, Emails).Select(i => $"node-test-{i}@example.com").ToList();
        await app.WithScopeAsync(async s =>
        {
            var jobs = s.GetRequiredService<JobQueue>();
            foreach (var to in recipients)
            {
                jobs.Enqueue(EmailJob.Kind, new EmailMessage(to, "Reader", "Queued", "text", "<p>html</p>"));
            }
            return await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        var sentBy = await Task.WhenAll(RunUntilEmptyAsync("node-a"), RunUntilEmptyAsync("node-b"));

        Assert.All(recipients, to => Assert.Equal(1, app.Sender.Count(to)));
        Assert.Equal(Emails, app.Sender.Total);
        Assert.Equal(Emails, sentBy.Sum());
        Assert.All(sentBy, count => Assert.True(count > 0, $"Both nodes should have sent some; they sent {string.Join(" and ", sentBy)}."));
        Assert.Equal(Emails, await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.State == JobState.Succeeded)));
    }

    /// <summary>
    /// A node's worker: claims batches of 5 until nothing is left; returns how many jobs it ran. Small batches make
    /// a hundred claims per node, so they meet: with the row locks taken out of the claim, every run sent some twice.
    /// </summary>
    private Task<int> RunUntilEmptyAsync(string node) => Task.Run(async () =>
    {
        var runner = ActivatorUtilities.CreateInstance<JobRunner>(app.Services, Options.Create(new JobsOptions { NodeId = node, BatchSize = 5 }));
        var total = 0;
        for (int ran; (ran = await runner.RunDueAsync(CancellationToken.None)) > 0;)
        {
            total += ran;
        }
        return total;
    });

    /// <summary>Counts the messages to each address; a send takes a moment, as over a network, so the nodes overlap.</summary>
    public sealed class CountingSender : IEmailSender
    {
        private readonly ConcurrentDictionary<string, int> _sent = new(StringComparer.Ordinal);

        public int Total => _sent.Values.Sum();

        public int Count(string to) => _sent.GetValueOrDefault(to);

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            _sent.AddOrUpdate(message.ToAddress, 1, (_, count) => count + 1);
        }
    }
}
