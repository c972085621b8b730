using System.Collections.Concurrent;
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
/// An app with a test kind of job (<see cref="ChoreJob"/>, which fails as often as it is told to) and
/// few tries, so a job runs out of them in a test. Each test of the job queue runs its own, on its own
/// database: the runner takes every due job, so one left by another test would be counted.
/// </summary>
public sealed class JobsFactory : AppFactory
{
    public const string ChoreKind = "test-chore";

    public const int MaxAttempts = 3;

    public Chores Chores { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Limber:Jobs:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Chores);
            services.AddJob<ChoreJob, Chore>(ChoreKind);
        });
    }

    /// <summary>A runner as another node would have, with its own name (and its own batch size).</summary>
    public JobRunner Node(string name, int batchSize = 50)
    {
        var options = Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        return ActivatorUtilities.CreateInstance<JobRunner>(Services, Options.Create(new JobsOptions
        {
            NodeId = name,
            BatchSize = batchSize,
            LeaseSeconds = options.LeaseSeconds,
            MaxAttempts = options.MaxAttempts,
        }));
    }

    public Task<Job> QueueChoreAsync(string name) => WithScopeAsync(async s =>
    {
        var job = s.GetRequiredService<JobQueue>().Enqueue(ChoreKind, new Chore(name));
        await s.GetRequiredService<Limber.Infrastructure.Data.AppDbContext>().SaveChangesAsync();
        return job;
    });

    public Task<Job> QueueEmailAsync(string to) => WithScopeAsync(async s =>
    {
        var job = s.GetRequiredService<JobQueue>().Enqueue(EmailJob.Kind, new EmailMessage(to, "Reader", "Queued", "text", "<p>html</p>"));
        await s.GetRequiredService<Limber.Infrastructure.Data.AppDbContext>().SaveChangesAsync();
        return job;
    });

    public Task<Job> JobAsync(Guid id) => WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id));
}

public sealed record Chore(string Name);

/// <summary>What the test chores did, and how many more runs should fail.</summary>
public sealed class Chores
{
    private int _failuresLeft;

    public ConcurrentQueue<string> Done { get; } = new();

    /// <summary>The next <paramref name="runs"/> runs fail (int.MaxValue: every run).</summary>
    public void FailNext(int runs) => Volatile.Write(ref _failuresLeft, runs);

    public bool ShouldFail() => Interlocked.Decrement(ref _failuresLeft) >= 0;

    /// <summary>When set, a run waits for it (a long job).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class ChoreJob(Chores chores) : IJobHandler<Chore>
{
    public async Task RunAsync(Chore chore, JobContext job, CancellationToken cancellationToken)
    {
        chores.Started.TrySetResult();
        if (chores.Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
        if (chores.ShouldFail())
        {
            throw new InvalidOperationException($"The chore {chore.Name} broke.");
        }
        chores.Done.Enqueue(chore.Name);
    }
}
