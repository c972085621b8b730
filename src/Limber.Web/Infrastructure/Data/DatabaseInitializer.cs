using Limber.Features.Accounts;
using Limber.Infrastructure.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data;

/// <summary>
/// Runs before the server takes requests: applies migrations (unless switched off), sets SQLite to
/// WAL so readers never wait for a writer, makes sure the roles exist, and seeds demo content into
/// an empty database. Once the server listens, warns when there is no administrator yet.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<LimberOptions> limber,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (database.Value.MigrateOnStart)
        {
            await MigrateAsync(services, logger, cancellationToken);
        }
        await services.GetRequiredService<RoleSeeder>().SeedAsync();
        if (limber.Value.DemoContent)
        {
            await services.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }

    /// <summary>Once the server listens: only a warning depends on it, so the first request need not wait for it.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin);
        if (admins.Count == 0)
        {
            logger.LogWarning("No administrator yet. Create one to sign in at /account/login: {Command} admin create --email you@example.com " +
                "--password \"a long passphrase\" --name \"Your Name\"", Cli.StartCommand.Describe(environment));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies pending migrations, then the data upgrades (<see cref="IDataUpgrade"/>); shared with the <c>migrate</c> command.</summary>
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
            foreach (var upgrade in services.GetServices<IDataUpgrade>())
            {
                await upgrade.RunAsync(db, cancellationToken);
            }
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets page reads run while a comment is being written; it is a property of the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
