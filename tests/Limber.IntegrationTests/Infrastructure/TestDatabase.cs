using Microsoft.Data.Sqlite;
using Npgsql;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// The database one test class runs on. By default an in-memory SQLite database that lives as long
/// as the connection kept open here; with <c>TEST_DATABASE=Postgres</c> a throw-away PostgreSQL
/// database on the server in <c>TEST_POSTGRES</c> (created by the app's migrations, dropped at the end).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;

    private TestDatabase(string provider, string connectionString, SqliteConnection? keepAlive)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _keepAlive = keepAlive;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static bool PostgresRequested =>
        string.Equals(Environment.GetEnvironmentVariable("TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create()
    {
        if (PostgresRequested)
        {
            var server = Environment.GetEnvironmentVariable("TEST_POSTGRES")
                ?? throw new InvalidOperationException("TEST_DATABASE=Postgres needs TEST_POSTGRES, e.g. Host=127.0.0.1;Port=55432;Username=limber;Password=limber");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"limber_t_{Guid.NewGuid():N}" };
            return new TestDatabase("Postgres", builder.ConnectionString, null);
        }
        var connectionString = $"Data Source=limber-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        return new TestDatabase("Sqlite", connectionString, keepAlive);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var database = builder.Database;
        builder.Database = "postgres";
        builder.Pooling = false;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
