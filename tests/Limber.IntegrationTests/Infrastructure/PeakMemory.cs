namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// The test process's peak resident memory, from Linux's /proc: <see cref="Reset"/> sets the peak
/// (VmHWM) back to the current size, so the growth a request causes (the app runs in this process)
/// can be read afterwards, native allocations (SkiaSharp's bitmaps) included.
/// </summary>
public static class PeakMemory
{
    private const string Status = "/proc/self/status";

    public static bool CanMeasure => OperatingSystem.IsLinux() && File.Exists("/proc/self/clear_refs") && File.Exists(Status);

    /// <summary>Resets the peak; returns the resident size in bytes now.</summary>
    public static long Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Read("VmRSS:");
    }

    /// <summary>The peak resident size in bytes since the last <see cref="Reset"/>.</summary>
    public static long Peak() => Read("VmHWM:");

    private static long Read(string key) =>
        long.Parse(File.ReadLines(Status).First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture) * 1024;
}

/// <summary>Tests that measure the process's memory run alone: another class's requests would count as theirs.</summary>
[CollectionDefinition(nameof(MeasuringMemory), DisableParallelization = true)]
public sealed class MeasuringMemory;
