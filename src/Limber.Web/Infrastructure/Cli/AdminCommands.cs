using Limber.Features.Accounts;
using Limber.Infrastructure.Data;

namespace Limber.Infrastructure.Cli;

/// <summary>
/// Verbs of the same executable, for operators:
/// <c>admin create --email E --password P --name N</c> and <c>migrate</c>.
/// </summary>
public static class AdminCommands
{
    public const string Usage = """
        Usage:
          Limber.Web                                            run the site
          Limber.Web migrate                                    apply database migrations and exit
          Limber.Web admin create --email E --password P --name N
                                                                create an administrator and exit
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "admin" or "migrate" or "help" or "--help";

    /// <summary>Runs the verb in <paramref name="args"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Limber.Cli");
        switch (args)
        {
            case ["migrate"]:
                await DatabaseInitializer.MigrateAsync(services, logger, CancellationToken.None);
                await Console.Out.WriteLineAsync("The database is up to date.");
                return 0;
            case ["admin", "create", .. var rest]:
                return await CreateAdminAsync(services, logger, rest);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return args is ["help"] or ["--help"] ? 0 : 2;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, ILogger logger, string[] rest)
    {
        var options = ParseOptions(rest);
        if (options is null || !options.TryGetValue("email", out var email) || !options.TryGetValue("password", out var password)
            || !options.TryGetValue("name", out var name))
        {
            await Console.Error.WriteLineAsync("admin create needs --email, --password and --name.\n\n" + Usage);
            return 2;
        }
        await DatabaseInitializer.MigrateAsync(services, logger, CancellationToken.None);
        var errors = await services.GetRequiredService<CreateAdmin>().HandleAsync(new CreateAdmin.Input(email, password, name));
        if (errors.Count > 0)
        {
            await Console.Error.WriteLineAsync("Could not create the administrator:\n  " + string.Join("\n  ", errors));
            return 1;
        }
        await Console.Out.WriteLineAsync($"Created administrator {email}. Log in at /account/login.");
        return 0;
    }

    private static Dictionary<string, string>? ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }
}
