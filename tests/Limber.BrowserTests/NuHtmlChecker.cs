using System.Diagnostics;
using System.Text.Json;

namespace Limber.BrowserTests;

/// <summary>
/// The W3C Nu HTML Checker (<c>vnu.jar</c>, from the npm package pinned in this folder's
/// <c>package.json</c>; <c>test.sh</c> runs <c>npm ci</c> and installs Java when missing), run once
/// over many files: each start of the JVM costs a second or two.
/// </summary>
internal static class NuHtmlChecker
{
    private static readonly string[] JarSegments = ["node_modules", "vnu-jar", "build", "dist", "vnu.jar"];

    /// <summary>One error the checker found, where, and the markup around it.</summary>
    public sealed record Error(string File, int Line, string Message, string Extract)
    {
        public override string ToString() => $"{File}:{Line}: {Message}\n    {Extract.ReplaceLineEndings(" ").Trim()}";
    }

    /// <summary>The errors in <paramref name="files"/> (warnings and info messages are not errors).</summary>
    public static async Task<List<Error>> CheckAsync(IReadOnlyCollection<string> files, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-jar", FindJar(), "--errors-only", "--exit-zero-always", "--format", "json", "--stdout", .. files])
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The HTML check needs Java: apt-get install default-jre-headless (test.sh does it).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            Assert.True(process.ExitCode == 0, $"vnu.jar failed ({process.ExitCode}): {await errors}");
            return Parse(await output);
        }
    }

    private static List<Error> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray()
            // "non-document-error": the checker could not read a file, which is a failure too.
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new Error(
                Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : ""),
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))];
    }

    /// <summary><c>VNU_JAR</c>, or <c>node_modules/vnu-jar/build/dist/vnu.jar</c> in this project's folder (found upwards from the test binaries).</summary>
    private static string FindJar()
    {
        if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured)
        {
            return configured;
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var jar = Path.Combine([folder.FullName, .. JarSegments]);
            if (File.Exists(jar))
            {
                return jar;
            }
        }
        throw new InvalidOperationException("vnu.jar not found: run 'npm ci --ignore-scripts' in tests/Limber.BrowserTests (test.sh does it).");
    }
}
