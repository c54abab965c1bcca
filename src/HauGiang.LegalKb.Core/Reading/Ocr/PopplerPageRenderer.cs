using System.Globalization;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>Renders pages with poppler's <c>pdftoppm</c> (Debian package poppler-utils), found on PATH.</summary>
internal sealed class PopplerPageRenderer : IPageRenderer
{
    private readonly Lazy<string?> _executable = new(() => ExternalTool.Find("pdftoppm"));

    /// <inheritdoc />
    public string? Missing => _executable.Value is null ? "pdftoppm" : null;

    /// <inheritdoc />
    public ToolRun Render(string pdfPath, int page, int dpi, string pngPath, TimeSpan timeout)
    {
        if (_executable.Value is not { } executable)
        {
            return new ToolRun(-1, string.Empty, "pdftoppm not found", TimedOut: false);
        }

        // -singlefile writes exactly "<root>.png"; annotations (stamps, stamped-in numbers) are drawn too.
        var root = pngPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? pngPath[..^4] : pngPath;
        var page1 = page.ToString(CultureInfo.InvariantCulture);
        return ExternalTool.Run(
            executable,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", page1, "-l", page1, pdfPath, root],
            timeout);
    }
}
