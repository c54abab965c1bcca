namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// One line of text in reading order: a whole row, or one column's part of a row inside a header, signature or table
/// block. What paragraphs are rebuilt from.
/// </summary>
internal sealed class PdfLine
{
    public PdfLine(IReadOnlyList<PdfWord> words, int page, double baseline, double fontSize)
    {
        Words = words;
        Page = page;
        Baseline = baseline;
        FontSize = fontSize;
        Left = words[0].Left;
        Right = words[^1].Right;
        Top = words.Min(w => w.Top);
        Bottom = words.Max(w => w.Bottom);
        Bold = words.All(w => w.Bold);
        Italic = words.All(w => w.Italic);
        Text = string.Join(' ', words.Select(w => w.Text));
        IsOcr = words.Any(w => w.Confidence >= 0);
    }

    /// <summary>The words, left to right.</summary>
    public IReadOnlyList<PdfWord> Words { get; }

    /// <summary>The page, 1-based.</summary>
    public int Page { get; }

    /// <summary>The row's baseline.</summary>
    public double Baseline { get; }

    /// <summary>The size of the main text.</summary>
    public double FontSize { get; }

    /// <summary>The left edge.</summary>
    public double Left { get; }

    /// <summary>The right edge.</summary>
    public double Right { get; }

    /// <summary>The top edge.</summary>
    public double Top { get; }

    /// <summary>The bottom edge.</summary>
    public double Bottom { get; }

    /// <summary>True when every word is bold.</summary>
    public bool Bold { get; }

    /// <summary>True when every word is italic.</summary>
    public bool Italic { get; }

    /// <summary>True when the line was recognised from an image: its font size is an estimate, its style unknown.</summary>
    public bool IsOcr { get; }

    /// <summary>The words joined by spaces.</summary>
    public string Text { get; }

    /// <summary>True when the line stands in a block of columns (header, signature, table).</summary>
    public bool InColumns { get; init; }

    /// <summary>The left edge of the line's column, when <see cref="InColumns"/>.</summary>
    public double ColumnLeft { get; init; }

    /// <summary>The right edge of the line's column, when <see cref="InColumns"/>.</summary>
    public double ColumnRight { get; init; }

    /// <summary>True when every line of the line's column starts at the column's left edge (a "Nơi nhận" list).</summary>
    public bool ColumnFlushLeft { get; init; }

    /// <summary>The line's centre.</summary>
    public double Centre => (Left + Right) / 2;
}
