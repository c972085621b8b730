using System.Text.Json;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.IntegrationTests.Jobs;

/// <summary>
/// The JobQueue migration on a database that has mail in the old email outbox: what was not sent yet
/// becomes email jobs with the same ids (so the same Message-Id), none lost; going back restores it.
/// </summary>
public sealed class UpgradingFromTheOutboxTests : IAsyncDisposable
{
    private static readonly DateTime Queued = new(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = TestDatabase.Create();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Upgrade_TurnsUnsentOutboxMailIntoEmailJobs_AndTheDowngradeTurnsThemBack()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var jobQueue = migrations.Single(m => m.EndsWith("_JobQueue", StringComparison.Ordinal));
        var before = migrations[migrations.IndexOf(jobQueue) - 1];
        await migrator.MigrateAsync(before, TestContext.Current.CancellationToken);
        var waiting = Guid.CreateVersion7();
        var dead = Guid.CreateVersion7();
        await OutboxRowAsync(db, waiting, "waiting@example.com", attempts: 2, sentAtUtc: null, unsubscribe: "https://example.com/unsubscribe?token=t");
        await OutboxRowAsync(db, dead, "dead@example.com", attempts: 12, sentAtUtc: null, unsubscribe: null);
        await OutboxRowAsync(db, Guid.CreateVersion7(), "sent@example.com", attempts: 0, sentAtUtc: Queued.AddMinutes(1), unsubscribe: null);

        await migrator.MigrateAsync(jobQueue, TestContext.Current.CancellationToken);

        var jobs = await db.Jobs.AsNoTracking().ToDictionaryAsync(j => j.Id, TestContext.Current.CancellationToken);
        Assert.Equal(new[] { waiting, dead }.Order(), jobs.Keys.Order()); // not the sent one
        var job = jobs[waiting];
        Assert.Equal((EmailJob.Kind, JobState.Queued, 2, 12, Queued.AddMinutes(5), "IOException: refused", Queued, (DateTime?)null),
            (job.Kind, job.State, job.Attempts, job.MaxAttempts, job.RunAfterUtc, job.LastError, job.CreatedAtUtc, job.FinishedAtUtc));
        Assert.Equal(new EmailMessage("waiting@example.com", "Reader", "Someone replied", "Plain text", "<p>HTML</p>", "https://example.com/unsubscribe?token=t"),
            JsonSerializer.Deserialize<EmailMessage>(job.Payload, JobQueue.Json));
        Assert.Equal((JobState.Failed, 12), (jobs[dead].State, jobs[dead].Attempts));
        Assert.NotNull(jobs[dead].FinishedAtUtc);
        Assert.Null(JsonSerializer.Deserialize<EmailMessage>(jobs[dead].Payload, JobQueue.Json)!.UnsubscribeUrl);

        await migrator.MigrateAsync(before, TestContext.Current.CancellationToken);

        Assert.Equal(["dead@example.com 12", "waiting@example.com 2"], await db.Database
            .SqlQueryRaw<string>("""SELECT "ToAddress" || ' ' || CAST("Attempts" AS TEXT) AS "Value" FROM "EmailOutbox" ORDER BY "ToAddress" """)
            .ToListAsync(TestContext.Current.CancellationToken));
    }

    private AppDbContext Context() => _database.IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(_database.ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_database.ConnectionString).Options);

    private static Task<int> OutboxRowAsync(AppDbContext db, Guid id, string to, int attempts, DateTime? sentAtUtc, string? unsubscribe) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "EmailOutbox" ("Id", "ToAddress", "ToName", "Subject", "TextBody", "HtmlBody", "UnsubscribeUrl", "CreatedAtUtc", "NextAttemptAtUtc", "Attempts", "SentAtUtc", "LastError")
            VALUES ({id}, {to}, 'Reader', 'Someone replied', 'Plain text', '<p>HTML</p>', {unsubscribe}, {Queued}, {Queued.AddMinutes(5)}, {attempts}, {sentAtUtc}, 'IOException: refused')
            """);
}
