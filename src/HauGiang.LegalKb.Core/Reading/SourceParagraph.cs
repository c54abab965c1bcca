namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// One paragraph of a source, already normalised (NFC, Ð → Đ, trimmed, never blank).
/// </summary>
/// <param name="Text">The paragraph's text on one line, as a reader sees it (Word's automatic numbering rendered).</param>
/// <param name="HeadingLevel">1–6 when the source marks it as a heading (Markdown #, HTML h1–h6, a Word heading style), else 0.</param>
/// <param name="Layout">What the format tells of how the paragraph looks (bold, centred, in a table …); null when it tells nothing (plain text).</param>
public sealed record SourceParagraph(string Text, int HeadingLevel = 0, ParagraphLayout? Layout = null);
