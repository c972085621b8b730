using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data;

/// <summary>Registers <see cref="AppDbContext"/> on the configured provider.</summary>
public static class DataSetup
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        // Features ask for AppDbContext; the provider subclass decides which migration set applies.
        // Pooled: the options are built once and a context is reset rather than rebuilt for every
        // request (a page runs several queries; building the context each time showed in profiles).
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider
            ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, options) =>
                options.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        }
        else
        {
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, options) => options
                .UseSqlite(SqliteConnectionString(
                    sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
                    sp.GetRequiredService<IOptions<LimberOptions>>().Value))
                .AddInterceptors(SqlitePragmas.Instance)
                // SQLite rebuilds a table to change it (CommentTargets), with foreign keys off, which it cannot do
                // inside a transaction; EF Core warns about it on every fresh install. The rebuild is EF Core's own.
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
        }

        services.AddScoped<Seed.DemoContentSeeder>();
        services.AddScoped<Seed.DemoComments>();
        services.AddScoped<Seed.DemoWorkouts>();
        services.AddScoped<Seed.DemoSchedules>();
        services.AddScoped<Seed.DemoRecipes>();
        services.AddScoped<Seed.DemoBackCare>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    internal static string SqliteConnectionString(DatabaseOptions database, LimberOptions limber)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.ConnectionString;
        }
        Directory.CreateDirectory(limber.FullDataPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(limber.FullDataPath, "limber.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
            options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString)
                ? ValidateOptionsResult.Fail("Limber:Database:Provider is Postgres but Limber:Database:ConnectionString is empty. Set it in the environment, e.g. Limber__Database__ConnectionString=\"Host=127.0.0.1;Database=limber;Username=limber;Password=...\".")
                : ValidateOptionsResult.Success;
    }
}
