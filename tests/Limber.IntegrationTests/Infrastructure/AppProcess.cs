using System.Diagnostics;
using Limber.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Runs the app's executable with a verb, as an operator would, against the class's database (PostgreSQL) or a file beside it (SQLite).</summary>
public static class AppProcess
{
    public static async Task<(int ExitCode, string Output)> RunCliAsync(this AppFactory app, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app.DataPath,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Limber.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Limber__DataPath"] = app.DataPath;
        start.Environment["Limber__DemoContent"] = "false";
        start.Environment["Limber__Foods__LoadShippedTable"] = "false";
        start.Environment["Limber__Database__Provider"] = app.IsPostgres ? "Postgres" : "Sqlite";
        start.Environment["Limber__Database__ConnectionString"] = app.IsPostgres
            ? app.Services.GetRequiredService<AppDbContext>().Database.GetConnectionString()
            : $"Data Source={Path.Combine(app.DataPath, "cli.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
