namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// One paragraph of a source, already normalised (NFC, Ð → Đ, trimmed, never blank).
/// </summary>
/// <param name="Text">The paragraph's text on one line.</param>
/// <param name="HeadingLevel">1–6 when the source marks it as a heading (Markdown #, HTML h1–h6), else 0.</param>
public sealed record SourceParagraph(string Text, int HeadingLevel = 0);
