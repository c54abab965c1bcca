using System.Diagnostics;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Finds a command-line tool on PATH and runs it with a time limit, killing its whole process tree when the limit
/// passes. Arguments go through the argument list, never through a shell.
/// </summary>
internal static class ExternalTool
{
    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs the tool and waits at most <paramref name="timeout"/>; never throws.</summary>
    public static ToolRun Run(string executable, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads fight over a shared machine's cores and make each page slower, not faster.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return new ToolRun(-1, string.Empty, "process did not start", TimedOut: false);
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                Kill(process);
                return new ToolRun(-1, string.Empty, string.Empty, TimedOut: true);
            }

            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), TimedOut: false);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return new ToolRun(-1, string.Empty, ex.Message, TimedOut: false);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It ended on its own meanwhile.
        }
    }
}
