namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>One word Tesseract recognised, in image pixels.</summary>
/// <param name="Text">The word.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Confidence">Tesseract's confidence, 0–100.</param>
/// <param name="LineKey">Identifies the word's line (block, paragraph, line) on its page.</param>
internal sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int LineKey);
