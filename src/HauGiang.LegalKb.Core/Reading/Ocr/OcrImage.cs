namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>What Tesseract found on one page image.</summary>
/// <param name="Width">The image width in pixels.</param>
/// <param name="Height">The image height in pixels.</param>
/// <param name="Words">The words, in Tesseract's order.</param>
/// <param name="Rules">Thin boxes Tesseract found without text: the ruled lines of frames and tables.</param>
internal sealed record OcrImage(int Width, int Height, IReadOnlyList<OcrWord> Words, IReadOnlyList<PixelBox> Rules);
