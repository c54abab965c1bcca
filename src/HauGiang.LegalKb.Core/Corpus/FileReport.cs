using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>What happened to one source file during indexing.</summary>
/// <param name="Path">The file, relative to the corpus folder (or as named on the command line).</param>
/// <param name="Indexed">True when the file became a document.</param>
/// <param name="Reason">Why it was skipped (Vietnamese), when not indexed.</param>
/// <param name="DocumentId">The id of the document it became.</param>
/// <param name="Format">The reader that read it: "text", "html", "markdown", "docx", "pdf", "pdf-ocr" ….</param>
/// <param name="Encoding">The detected encoding ("binary" for Office and PDF files).</param>
/// <param name="Sections">How many sections the document has.</param>
/// <param name="RemovedParagraphs">How many paragraphs were site furniture.</param>
/// <param name="Warnings">Problems that did not stop indexing.</param>
public sealed record FileReport(
    string Path,
    bool Indexed,
    string? Reason = null,
    string? DocumentId = null,
    string? Format = null,
    string? Encoding = null,
    int Sections = 0,
    int RemovedParagraphs = 0,
    IReadOnlyList<string>? Warnings = null)
{
    /// <summary>Pages read, for paged formats (PDF); 0 otherwise.</summary>
    public int Pages { get; init; }

    /// <summary>The mean OCR confidence (0–100) when the text was recognised from page images; null otherwise.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>How long reading and parsing the file took, in milliseconds.</summary>
    public long ElapsedMilliseconds { get; init; }

    /// <summary>The report of one reading, with the document the file became (null when it was skipped).</summary>
    public static FileReport Of(SourceReading reading, LegalDocument? document)
    {
        var elapsed = (long)reading.Elapsed.TotalMilliseconds;
        if (reading.Result.Document is not { } parsed || document is null)
        {
            return new FileReport(reading.Path, false, reading.Result.Error) { ElapsedMilliseconds = elapsed };
        }

        return new FileReport(
            reading.Path, true, DocumentId: document.Id.Value, Format: parsed.Format, Encoding: parsed.Encoding,
            Sections: document.AllSections().Count(), RemovedParagraphs: parsed.RemovedParagraphs, Warnings: parsed.Warnings)
        {
            Pages = parsed.Source.Pages,
            OcrConfidence = parsed.Source.OcrConfidence,
            ElapsedMilliseconds = elapsed,
        };
    }
}
