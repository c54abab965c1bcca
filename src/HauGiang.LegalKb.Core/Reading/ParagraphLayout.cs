namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Layout facts a format gives about one paragraph (Word runs and paragraph properties, a PDF line's position and font),
/// so rules can tell a centred title in bold from body text. Every fact is optional: a reader sets what it knows.
/// </summary>
/// <param name="Bold">True when the whole paragraph (every letter) is bold.</param>
/// <param name="Italic">True when the whole paragraph is italic.</param>
/// <param name="Alignment">How the paragraph is aligned.</param>
/// <param name="IndentPoints">The first line's indentation from the text's left edge, in points (1/72 inch); 0 when unknown.</param>
/// <param name="FontSizePoints">The dominant font size in points, when known.</param>
/// <param name="StyleName">The source's style name ("Heading 1", "Title"), when it has one.</param>
/// <param name="InTable">True when the paragraph stands in a table cell (the header and signature blocks usually do).</param>
/// <param name="Page">The page it starts on (1-based), for paged formats.</param>
public sealed record ParagraphLayout(
    bool Bold = false,
    bool Italic = false,
    ParagraphAlignment Alignment = ParagraphAlignment.Unknown,
    double IndentPoints = 0,
    double? FontSizePoints = null,
    string? StyleName = null,
    bool InTable = false,
    int? Page = null);
