using Limber.Infrastructure.Data;
using Limber.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Jobs;

/// <summary>A job is stored with the change that asked for it, or not at all, and wakes this node's worker once stored.</summary>
public sealed class QueueingJobsTests : IAsyncLifetime
{
    private readonly JobsFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Enqueue_SavedWithTheCallersChange_IsStoredWithIt()
    {
        var category = $"Saved {Guid.NewGuid():N}";

        var job = await _app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Categories.Add(new() { Name = category, Slug = category.ToLowerInvariant().Replace(' ', '-') });
            var queued = s.GetRequiredService<JobQueue>().Enqueue(JobsFactory.ChoreKind, new Chore("saved"));
            await db.SaveChangesAsync();
            return queued;
        });

        var stored = await _app.JobAsync(job.Id);
        Assert.Equal((JobState.Queued, 0, JobsFactory.MaxAttempts, _app.Now), (stored.State, stored.Attempts, stored.MaxAttempts, stored.RunAfterUtc));
        Assert.Equal("""{"name":"saved"}""", stored.Payload);
        Assert.True(await _app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Name == category)));
    }

    [Fact]
    public async Task Enqueue_InATransactionRolledBack_QueuesNothing()
    {
        var category = $"Rolled back {Guid.NewGuid():N}";

        await _app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Categories.Add(new() { Name = category, Slug = category.ToLowerInvariant().Replace(' ', '-') });
            s.GetRequiredService<JobQueue>().Enqueue(JobsFactory.ChoreKind, new Chore("rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.False(await _app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Name == category)));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Jobs.CountAsync()));
        Assert.Equal(0, await _app.SendOutboxAsync());
    }

    [Fact]
    public async Task Enqueue_WithASaveThatFails_QueuesNothing()
    {
        var taken = await _app.GivenCategoryAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => _app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Categories.Add(new() { Name = "Another", Slug = taken.Slug }); // the slug is unique
            s.GetRequiredService<JobQueue>().Enqueue(JobsFactory.ChoreKind, new Chore("never"));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(0, await _app.WithDbAsync(db => db.Jobs.CountAsync()));
    }

    [Fact]
    public async Task Enqueue_OfAKindNotRegistered_FailsAtOnce()
    {
        var error = await _app.WithScopeAsync(s => Task.FromResult(Assert.Throws<InvalidOperationException>(() =>
            s.GetRequiredService<JobQueue>().Enqueue("no-such-kind", new Chore("lost")))));

        Assert.Contains("no-such-kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_WakesTheWorkerOnceTheJobIsSaved_NotBefore()
    {
        var signal = _app.Services.GetRequiredService<JobSignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // what the app's start-up left

        var woken = await _app.WithScopeAsync(async s =>
        {
            s.GetRequiredService<JobQueue>().Enqueue(JobsFactory.ChoreKind, new Chore("early"));
            var beforeSave = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return (beforeSave, afterSave: await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        });

        Assert.Equal((false, true), woken);
    }

    [Fact]
    public async Task Enqueue_ToRunLater_WaitsForItsTime()
    {
        var job = await _app.WithScopeAsync(async s =>
        {
            var queued = s.GetRequiredService<JobQueue>().Enqueue(JobsFactory.ChoreKind, new Chore("later"), _app.Now.AddHours(1));
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return queued;
        });

        Assert.Equal(0, await _app.SendOutboxAsync());
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await _app.SendOutboxAsync());
        Assert.Equal(JobState.Succeeded, (await _app.JobAsync(job.Id)).State);
        Assert.Equal(["later"], _app.Chores.Done);
    }
}
