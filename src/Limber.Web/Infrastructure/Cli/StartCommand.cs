namespace Limber.Infrastructure.Cli;

/// <summary>
/// How this process was started, as a command an operator can type again: <c>dotnet run --project
/// src/Limber.Web --</c> from a checkout, <c>dotnet Limber.Web.dll</c> or <c>./Limber.Web</c> when
/// published. Messages that tell the operator to run a verb use it, so the advice fits their install.
/// </summary>
public static class StartCommand
{
    public static string Describe(IHostEnvironment environment)
    {
        var root = environment.ContentRootPath;
        var here = Directory.GetCurrentDirectory();
        // A checkout: the content root is the project folder (dotnet run), with its project file. `dotnet run`
        // starts the app in that folder whichever folder the operator typed it in, so the advice is the
        // README's command, from the repository's folder (the one with Limber.slnx).
        if (File.Exists(Path.Combine(root, "Limber.Web.csproj")))
        {
            var repository = Directory.GetParent(root)?.Parent is { } up && File.Exists(Path.Combine(up.FullName, "Limber.slnx")) ? up.FullName : here;
            var project = Path.GetRelativePath(repository, root).Replace(Path.DirectorySeparatorChar, '/');
            return project == "." ? "dotnet run --" : $"dotnet run --project {Quote(project)} --";
        }
        var process = Environment.ProcessPath ?? "Limber.Web";
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            var dll = typeof(StartCommand).Assembly.Location;
            return $"dotnet {Quote(Path.GetRelativePath(here, dll))}";
        }
        var relative = Path.GetRelativePath(here, process);
        return relative.Contains(Path.DirectorySeparatorChar) ? Quote(relative) : $".{Path.DirectorySeparatorChar}{relative}";
    }

    private static string Quote(string path) => path.Contains(' ') ? $"\"{path}\"" : path;
}
