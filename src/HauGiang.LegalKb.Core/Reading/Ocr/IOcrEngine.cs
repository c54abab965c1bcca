namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>Recognises the Vietnamese text of a page image. A seam, so tests can run without the tool.</summary>
internal interface IOcrEngine
{
    /// <summary>Null when the engine can run; else the name of what is missing.</summary>
    string? Missing { get; }

    /// <summary>Recognises the image; on success <see cref="ToolRun.Output"/> holds Tesseract's TSV.</summary>
    ToolRun Recognize(string pngPath, TimeSpan timeout);
}
