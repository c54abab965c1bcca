using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Converts Word 97 (.doc) and other formats LibreOffice Writer opens to .docx by running
/// <c>soffice --headless --convert-to docx</c> in a private temporary folder, with a time limit.
/// </summary>
/// <remarks>
/// Each conversion has a folder of its own (created readable by the current user only, deleted afterwards) holding
/// the input, the output and a LibreOffice profile (<c>-env:UserInstallation</c>), so conversions running at the same
/// time, or a LibreOffice the user has open, never share state. A conversion that outlives the time limit is killed
/// with every process it started. soffice is looked for on PATH, then at /usr/bin/soffice and
/// /usr/lib/libreoffice/program/soffice; without it the reason names the Debian package to install. Thread-safe;
/// never throws.
/// </remarks>
public sealed class LibreOfficeConverter : IDocumentConverter
{
    /// <summary>How long one conversion may take unless the constructor says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const int MaxCapturedChars = 4096;

    private static readonly string[] s_knownLocations = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

    private readonly string? _executable;
    private readonly TimeSpan _timeout;

    /// <summary>A converter running <paramref name="executable"/> (null: found as described above) with a time limit.</summary>
    public LibreOfficeConverter(string? executable = null, TimeSpan? timeout = null)
    {
        _executable = executable;
        _timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>The soffice executable on PATH or at a usual Debian location, or null when LibreOffice is not installed.</summary>
    public static string? FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? "soffice.exe" : "soffice");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return s_knownLocations.FirstOrDefault(File.Exists);
    }

    /// <inheritdoc />
    public DocumentConversion ConvertToDocx(byte[] bytes, string extension)
    {
        var soffice = _executable ?? FindExecutable();
        if (soffice is null || !File.Exists(soffice))
        {
            return DocumentConversion.Fail(ReadErrors.DocNeedsLibreOffice);
        }

        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("legalkb-doc-");
            var input = Path.Combine(folder.FullName, "source" + (extension is ".doc" or ".rtf" ? extension : ".doc"));
            var output = Directory.CreateDirectory(Path.Combine(folder.FullName, "out")).FullName;
            File.WriteAllBytes(input, bytes);
            return Run(soffice, folder.FullName, input, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Win32Exception or InvalidOperationException)
        {
            return DocumentConversion.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.DocConversionFailed, ex.Message));
        }
        finally
        {
            Delete(folder);
        }
    }

    private DocumentConversion Run(string soffice, string folder, string input, string output)
    {
        var start = new ProcessStartInfo(soffice)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
        {
            "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
            "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var messages = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Capture(messages, e.Data);
        process.ErrorDataReceived += (_, e) => Capture(messages, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            return DocumentConversion.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.DocConversionTimedOut, (int)_timeout.TotalSeconds));
        }

        process.WaitForExit();
        var produced = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + ".docx");
        if (File.Exists(produced))
        {
            return DocumentConversion.Ok(File.ReadAllBytes(produced));
        }

        string detail;
        lock (messages)
        {
            detail = LastMessage(messages.ToString()) ?? $"không tạo ra tệp .docx (mã thoát {process.ExitCode})";
        }

        return DocumentConversion.Fail(string.Format(CultureInfo.InvariantCulture, ReadErrors.DocConversionFailed, detail));
    }

    private static void Capture(StringBuilder messages, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (messages)
        {
            if (messages.Length < MaxCapturedChars)
            {
                messages.AppendLine(line);
            }
        }
    }

    // LibreOffice's own complaint ("Error: source file could not be loaded"), not its start-up noise about Java.
    private static string? LastMessage(string messages) => messages
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .LastOrDefault(line => !line.Contains("javaldx", StringComparison.Ordinal) && !line.StartsWith("convert ", StringComparison.Ordinal));

    private static void Delete(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held open is left for the system's temporary-file cleaning; the text was already read.
        }
    }
}
