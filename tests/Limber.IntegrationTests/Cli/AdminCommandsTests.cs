using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Cli;

/// <summary>The operator verbs, run as a real process of the app against this class's database.</summary>
public sealed class AdminCommandsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => app.RunCliAsync(args);

    [Fact]
    public async Task AdminCreate_MakesAnAdministratorWhoCanSignIn()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.com";

        var (exit, output) = await RunAsync("admin", "create", "--email", email, "--password", "a long enough password", "--name", "Site Owner");

        Assert.True(exit == 0, output);
        Assert.Contains($"Created administrator {email}", output);
        if (app.IsPostgres)
        {
            var isAdmin = await app.WithDbAsync(db => (from u in db.Users
                                                       join ur in db.UserRoles on u.Id equals ur.UserId
                                                       join r in db.Roles on ur.RoleId equals r.Id
                                                       where u.Email == email && r.Name == Roles.Admin
                                                       select u).AnyAsync());
            Assert.True(isAdmin);
        }
    }

    [Fact]
    public async Task AdminCreate_WeakPasswordOrMissingName_ExplainsAndFails()
    {
        var (weak, weakOutput) = await RunAsync("admin", "create", "--email", "a@example.com", "--password", "short", "--name", "A");
        var (missing, missingOutput) = await RunAsync("admin", "create", "--email", "a@example.com");

        Assert.Equal(1, weak);
        Assert.Contains("Passwords must be at least 10 characters", weakOutput);
        Assert.Equal(2, missing);
        Assert.Contains("--password", missingOutput);
        Assert.Contains("--name", missingOutput);
    }

    [Fact]
    public async Task Migrate_AppliesMigrationsAndSaysSo()
    {
        var (exit, output) = await RunAsync("migrate");

        Assert.True(exit == 0, output);
        Assert.Contains("The database is up to date.", output);
    }

    [Theory]
    [InlineData("admin", "explode")]
    [InlineData("migrat")]
    [InlineData("foods", "explode")]
    public async Task UnknownVerb_IsRefusedWithExitCode2InsteadOfStartingTheSite(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("--help", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task Help_ListsTheVerbs()
    {
        var (exit, output) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("migrate", output);
        Assert.Contains("admin", output);
        // Run from the test output folder as `dotnet Limber.Web.dll`: the advice names that, not `dotnet run --project`.
        Assert.Contains("Limber.Web.dll' without a command", output);
        Assert.DoesNotContain("dotnet run", output);
    }
}
