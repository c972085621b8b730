using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Limber.UnitTests.Infrastructure;

/// <summary>
/// Fails when a model change was made without adding the migration for both databases, or without
/// regenerating the compiled models the app starts with (both by scripts/add-migration.sh).
/// </summary>
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
    public void CompiledModels_MatchTheModel()
    {
        foreach (DbContext db in new DbContext[] { new SqliteAppDbContextFactory().CreateDbContext([]), new PostgresAppDbContextFactory().CreateDbContext([]) })
        {
            using (db)
            {
                var compiled = db.Model;

                Assert.Contains("CompiledModels", compiled.GetType().FullName, StringComparison.Ordinal);
                Assert.Equal(Shape(db.GetService<IDesignTimeModel>().Model), Shape(compiled));
            }
        }
    }

    /// <summary>What queries and saves rely on, in the terms a read-optimized (compiled) model keeps.</summary>
    private static string Shape(IModel model) => string.Join("\n", model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(e =>
    {
        var table = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
        return new[] { $"{e.Name} -> {e.GetTableName()}" }
            .Concat(e.GetProperties().Select(p =>
                $"  {p.Name}: {p.ClrType.Name} as {p.GetColumnName(table)} {p.GetRelationalTypeMapping().StoreType} null={p.IsNullable} converter={p.GetValueConverter()?.GetType().Name}"))
            .Concat(e.GetKeys().Select(k => $"  key ({string.Join(",", k.Properties.Select(p => p.Name))})"))
            .Concat(e.GetIndexes().Select(i => $"  index ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}"))
            .Concat(e.GetForeignKeys().Select(f => $"  fk ({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
            .Concat(e.GetNavigations().Select(n => $"  navigation {n.Name} -> {n.TargetEntityType.Name}"));
    }));

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresAppDbContextFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
