namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Decides whether a line continues the paragraph of the line before it. A new paragraph starts at an indented line,
/// after a line that stopped short of the right margin although the next word would have fitted, after a wider gap
/// than the usual line spacing, at a change of style, and wherever a header, title or signature line stands alone.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class ParagraphBreaks
{
    // A gap this much wider than the usual line spacing separates paragraphs.
    private const double GapFactor = 1.3;

    // Two centred capitals lines join only when set this close (one title over two lines).
    private const double TightFactor = 1.15;

    /// <summary>True when <paramref name="line"/> continues the paragraph <paramref name="previous"/> belongs to.</summary>
    public static bool Continues(LineContext context, PdfLine previous, PdfLine line)
    {
        if (previous.InColumns != line.InColumns || previous.Bold != line.Bold || previous.Italic != line.Italic
            || (!line.IsOcr && Math.Abs(previous.FontSize - line.FontSize) > 0.15 * Math.Max(previous.FontSize, line.FontSize)))
        {
            return false;
        }

        if (line.Page != previous.Page)
        {
            return ContinuesOnNextPage(context, previous, line);
        }

        var pitch = LineContext.Pitch(previous, line);
        if (pitch <= 0 || pitch > GapFactor * context.TypicalPitch)
        {
            return false;
        }

        if (line.InColumns)
        {
            return Math.Abs(previous.ColumnLeft - line.ColumnLeft) < 1 && IsContinuation(previous, line);
        }

        if (context.IsCentred(previous) || context.IsCentred(line))
        {
            // One title over several lines: both centred, though a long line may come close to the margins.
            return (context.IsCentred(previous) || context.IsRoughlyCentred(previous))
                && (context.IsCentred(line) || context.IsRoughlyCentred(line))
                && CentredContinues(context, previous, line, pitch);
        }

        if (context.IsRightBlock(previous) || context.IsRightBlock(line))
        {
            return context.IsRightBlock(previous) && context.IsRightBlock(line)
                && Math.Abs(previous.Left - line.Left) < line.FontSize && IsContinuation(previous, line);
        }

        return !context.IsIndented(line) && (context.ReachesRight(previous) || !FirstWordFits(context, previous, line));
    }

    private static bool ContinuesOnNextPage(LineContext context, PdfLine previous, PdfLine line)
    {
        if (line.InColumns || context.IsCentred(previous) || context.IsCentred(line) || context.IsRightBlock(line))
        {
            return false;
        }

        // A running text cut by the page break: the last line runs to the margin (or the next word would not have
        // fitted on it), the next page goes on flush left, and no sentence ended at the break.
        return (context.ReachesRight(previous) || !FirstWordFits(context, previous, line)) && !context.IsIndented(line)
            && !(EndsClause(previous.Text) && !StartsLower(line.Text));
    }

    private static bool CentredContinues(LineContext context, PdfLine previous, PdfLine line, double pitch)
    {
        if (previous.Text.EndsWith(':'))
        {
            return false;
        }

        var capitals = IsCapitals(previous.Text);
        if (capitals != IsCapitals(line.Text))
        {
            return false;
        }

        return !capitals || (Math.Abs(previous.FontSize - line.FontSize) < 0.25 && pitch <= TightFactor * context.TypicalPitch);
    }

    // Would the next line's first word have fitted at the end of this line? Then the line ended its paragraph.
    private static bool FirstWordFits(LineContext context, PdfLine previous, PdfLine line)
    {
        var space = 0.3 * previous.FontSize;
        return previous.Right + space + line.Words[0].Width <= context.Frame(previous.Page).Right + 0.1 * previous.FontSize;
    }

    private static bool IsContinuation(PdfLine previous, PdfLine line) => StartsLower(line.Text) && !EndsClause(previous.Text);

    private static bool EndsClause(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
