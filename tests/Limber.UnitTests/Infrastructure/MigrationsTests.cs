using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.UnitTests.Infrastructure;

/// <summary>Fails when a model change was made without adding the migration for both databases (scripts/add-migration.sh).</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var db = new PostgresAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresAppDbContextFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
