using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Jobs;

/// <summary>
/// The background worker itself (the other tests switch it off and run the jobs themselves): a message
/// goes out as soon as it is saved, and what is queued while the worker rests goes out together.
/// </summary>
public sealed class JobWorkerTests(JobWorkerTests.Factory app) : IClassFixture<JobWorkerTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        public RecordingSender Sender { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Limber:Jobs:Enabled", "true"),
            new("Limber:Jobs:GatherMilliseconds", "2000"),
            // Only a wake-up can send in time: the periodic look comes far too late for these tests.
            new("Limber:Jobs:PollSeconds", "600"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Sender));
        }
    }

    [Fact]
    public async Task SendsAMessageOnceSaved_AndWhatIsQueuedWhileItRestsAsOneBatch()
    {
        await QueueAsync("first@example.com");
        await app.Sender.WaitForAsync(1);

        // Five replies a few milliseconds apart, each saved on its own, as five readers would post them.
        for (var i = 0; i < 5; i++)
        {
            await QueueAsync($"reader-{i}@example.com");
        }
        await app.Sender.WaitForAsync(6);

        // In any order within a batch: queued in the same instant, they share their send time.
        Assert.Equal([["first@example.com"], Enumerable.Range(0, 5).Select(i => $"reader-{i}@example.com").ToList()],
            app.Sender.Batches().Select(batch => batch.Order().ToList()));
    }

    private Task<int> QueueAsync(string to) => app.WithScopeAsync(async s =>
    {
        s.GetRequiredService<JobQueue>().Enqueue(EmailJob.Kind, new EmailMessage(to, "Reader", "Someone replied", "text", "<p>html</p>"));
        return await s.GetRequiredService<Limber.Infrastructure.Data.AppDbContext>().SaveChangesAsync();
    });

    /// <summary>Records who each batch (delivery session) went to.</summary>
    public sealed class RecordingSender : IEmailSender
    {
        private readonly List<List<string>> _batches = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => throw new InvalidOperationException("Email jobs are sent in batches.");

        public IEmailBatch StartBatch()
        {
            lock (_batches)
            {
                _batches.Add([]);
                return new Batch(this, _batches[^1]);
            }
        }

        public List<List<string>> Batches()
        {
            lock (_batches)
            {
                return _batches.Where(b => b.Count > 0).Select(b => b.ToList()).ToList();
            }
        }

        public async Task WaitForAsync(int messages)
        {
            for (var waited = 0; waited < 200; waited++)
            {
                if (Batches().Sum(b => b.Count) >= messages)
                {
                    return;
                }
                await Task.Delay(50);
            }
            throw new TimeoutException($"The worker sent {Batches().Sum(b => b.Count)} of {messages} messages within 10 s.");
        }

        private sealed class Batch(RecordingSender sender, List<string> sent) : IEmailBatch
        {
            public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
            {
                lock (sender._batches)
                {
                    sent.Add(message.ToAddress);
                }
                return Task.CompletedTask;
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
