namespace HauGiang.LegalKb.Core.Model;

/// <summary>How a document's text reached the knowledge base: the format it was read from, its pages, and whether it was recognised from page images.</summary>
/// <param name="Format">"text", "html", "markdown", "docx", "doc", "pdf" or "pdf-ocr".</param>
/// <param name="Pages">Pages read, for paged formats; 0 otherwise.</param>
/// <param name="OcrConfidence">The mean OCR confidence (0–100) when the text was recognised from a scan, else null.</param>
public sealed record DocumentSource(string Format, int Pages = 0, double? OcrConfidence = null)
{
    /// <summary>What users are told about a text recognised from a scan.</summary>
    public const string OcrNotice = "Văn bản nhận dạng từ bản quét — có thể có lỗi";

    /// <summary>True when the text was recognised from page images, so it may hold recognition errors.</summary>
    public bool IsOcr => OcrConfidence is not null;
}
