using System.Globalization;
using System.Runtime.InteropServices;

namespace HauGiang.LegalKb.Bench.Reporting;

/// <summary>What the numbers were measured on.</summary>
public static class MachineInfo
{
    /// <summary>One line: processors (as nproc counts them), CPU model, memory, OS, runtime, build configuration.</summary>
    public static string Describe()
    {
        var parts = new List<string>
        {
            $"nproc = {Environment.ProcessorCount}",
        };
        if (CpuModel() is { } cpu)
        {
            parts.Add(cpu);
        }

        if (TotalMemoryBytes() is { } memory)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{memory / (1024.0 * 1024 * 1024):0.0} GiB RAM"));
        }

        parts.Add(RuntimeInformation.OSDescription.Trim());
        parts.Add(RuntimeInformation.FrameworkDescription);
        parts.Add(IsRelease ? "Release build" : "DEBUG build (numbers not representative)");
        return string.Join(" · ", parts);
    }

    /// <summary>True when this assembly was compiled in Release.</summary>
    public static bool IsRelease =>
#if DEBUG
        false;
#else
        true;
#endif

    /// <summary>Today's date, ISO.</summary>
    public static string Today => DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>/proc/loadavg's first three figures, or null where there is none: other work on the machine skews timings.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? CpuModel()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long? TotalMemoryBytes()
    {
        var total = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return total > 0 ? total : null;
    }
}
