using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Limber.Infrastructure.Data;

/// <summary>
/// Settings for every new SQLite connection (they are per connection; connections are pooled, so
/// this runs once per physical connection rather than at every open):
/// <list type="bullet">
/// <item><c>synchronous=NORMAL</c>. The database runs in WAL mode (<see cref="DatabaseInitializer"/>),
/// where NORMAL cannot corrupt it: the WAL is synced at checkpoints rather than at every commit, so
/// only a power cut (not a crash of the app) can lose the last commits. FULL, the default, syncs at
/// every commit.</item>
/// <item><c>busy_timeout</c>. SQLite has one writer at a time. Without a timeout a second writer
/// (a comment posted while the outbox marks an email sent) gets "busy" at once, and
/// Microsoft.Data.Sqlite retries after sleeping 150 ms, which showed as p99 latencies of 100–250 ms
/// when posting. SQLite's own busy handler retries within a millisecond or two.</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    /// <summary>How long a writer waits for another to finish before giving up with "database is locked".</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    private SqlitePragmas()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _configured.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        _configured.AddOrUpdate(handle, this);
    }
}
