using System.Globalization;
using HauGiang.LegalKb.Core.Reading.Ocr;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>Runs poppler's <c>pdftotext -bbox</c> (Debian package poppler-utils), found on PATH.</summary>
internal sealed class PopplerTextTool : IPageTextTool
{
    private readonly Lazy<string?> _executable = new(() => ExternalTool.Find("pdftotext"));

    /// <inheritdoc />
    public string? Missing => _executable.Value is null ? "pdftotext" : null;

    /// <inheritdoc />
    public ToolRun Read(string pdfPath, int first, int last, TimeSpan timeout)
    {
        if (_executable.Value is not { } executable)
        {
            return new ToolRun(-1, string.Empty, "pdftotext not found", TimedOut: false);
        }

        return ExternalTool.Run(
            executable,
            ["-bbox", "-enc", "UTF-8", "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture), pdfPath, "-"],
            timeout);
    }
}
