namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Recognises pages with the <c>tesseract</c> command and its Vietnamese data (Debian packages tesseract-ocr and
/// tesseract-ocr-vie), found on PATH; asks for TSV output: words with their boxes, lines, blocks and confidences.
/// </summary>
internal sealed class TesseractOcrEngine : IOcrEngine
{
    private static readonly TimeSpan s_probeTimeout = TimeSpan.FromSeconds(20);

    private readonly Lazy<string?> _executable = new(() => ExternalTool.Find("tesseract"));
    private readonly Lazy<bool> _hasVietnamese;

    public TesseractOcrEngine()
    {
        _hasVietnamese = new Lazy<bool>(() =>
        {
            if (_executable.Value is not { } executable)
            {
                return false;
            }

            var run = ExternalTool.Run(executable, ["--list-langs"], s_probeTimeout);
            return run.Succeeded && (run.Output + "\n" + run.Error).Split('\n').Any(l => l.Trim() == "vie");
        });
    }

    /// <inheritdoc />
    public string? Missing => _executable.Value is null ? "tesseract" : _hasVietnamese.Value ? null : "tesseract-ocr-vie";

    /// <inheritdoc />
    public ToolRun Recognize(string pngPath, TimeSpan timeout)
    {
        if (_executable.Value is not { } executable)
        {
            return new ToolRun(-1, string.Empty, "tesseract not found", TimedOut: false);
        }

        // --psm 3: automatic page segmentation (columns, blocks); the layout is rebuilt from the boxes anyway.
        return ExternalTool.Run(executable, [pngPath, "stdout", "-l", "vie", "--psm", "3", "tsv"], timeout);
    }
}
