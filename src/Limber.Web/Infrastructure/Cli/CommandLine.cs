using System.CommandLine;
using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Infrastructure.Data;

namespace Limber.Infrastructure.Cli;

/// <summary>
/// The executable's verbs, for operators (System.CommandLine): <c>migrate</c>, <c>admin create</c>, <c>foods import</c>, <c>foods table</c>, and
/// <c>--help</c> listing them. Without a verb the site runs (host switches such as <c>--urls</c> pass
/// through); a word it does not know is refused with exit code 2 instead of starting the server.
/// </summary>
public static class CommandLine
{
    /// <summary>A verb (known or not) or a request for help: anything but running the site.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "-?" or "--help" or "--version");

    /// <summary>Runs the verb in <paramref name="args"/>; returns the process exit code (2 for a command line it cannot read).</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = Build(app, StartCommand.Describe(app.Environment));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            await Console.Error.WriteLineAsync($"Run '{StartCommand.Describe(app.Environment)} --help' to see the commands.");
            return 2;
        }
        return await parsed.InvokeAsync();
    }

    private static RootCommand Build(WebApplication app, string start)
    {
        var migrate = new Command("migrate", "Apply the database migrations and exit (run once before starting several nodes).");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider, Logger(scope.ServiceProvider), cancellationToken);
            await Console.Out.WriteLineAsync("The database is up to date.");
            return 0;
        });

        var email = new Option<string>("--email") { Description = "The administrator's email address (their sign-in).", Required = true };
        var password = new Option<string>("--password") { Description = "At least 10 characters; a passphrase is best.", Required = true };
        var name = new Option<string>("--name") { Description = "The name shown on the site.", Required = true };
        var create = new Command("create", "Create an administrator and exit.") { email, password, name };
        create.SetAction(async (result, cancellationToken) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await DatabaseInitializer.MigrateAsync(services, Logger(services), cancellationToken);
            var input = new CreateAdmin.Input(result.GetValue(email)!, result.GetValue(password)!, result.GetValue(name)!);
            var created = await services.GetRequiredService<CreateAdmin>().HandleAsync(input);
            if (!created.Succeeded)
            {
                // A command line has no fields to mark: each problem on a line of its own.
                await Console.Error.WriteLineAsync("Could not create the administrator:\n  " + string.Join("\n  ", created.Errors.Values));
                return 1;
            }
            await Console.Out.WriteLineAsync($"Created administrator {input.Email}. Log in at /account/login.");
            return 0;
        });
        var admin = new Command("admin", "Manage administrators.") { create };

        var root = new RootCommand($"Limber: a creator's website and membership business. Run '{start}' without a command to start the site.")
        {
            migrate,
            admin,
            FoodsCommands.Create(app.Services),
        };
        // Never reached with no arguments (that starts the site); set so a wrong word reads "unrecognized", not "required command".
        root.SetAction(_ => 2);
        return root;
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("Limber.Cli");
}
