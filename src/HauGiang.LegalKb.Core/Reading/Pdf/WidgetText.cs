namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Adds the words drawn in a page's form and signature fields, which PdfPig does not read: e-office systems stamp the
/// document's number and day ("Số: 2536 /QĐ-UBND", "ngày 12 tháng") and the signer's name into signature fields.
/// An e-signature stamp's own text ("Ký bởi: …", "Thời gian ký: …") is left out, as in <see cref="SignatureStamp"/>.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static class WidgetText
{
    /// <summary>
    /// The page with the words of <paramref name="boxes"/> (a full-page extraction) that fall inside its fields and
    /// are not already there; each takes the style and baseline of the text it stands beside.
    /// </summary>
    public static PdfPageWords Merge(PdfPageWords page, IReadOnlyList<(PdfBox Box, string Text)> boxes)
    {
        var added = new List<PdfWord>();
        foreach (var widget in page.Widgets)
        {
            var inside = boxes.Where(b => widget.Contains((b.Box.Left + b.Box.Right) / 2, (b.Box.Top + b.Box.Bottom) / 2)).ToList();
            if (inside.Count == 0 || SignatureStamp.IsStampText(string.Join(' ', inside.Select(b => b.Text))))
            {
                continue;
            }

            added.AddRange(inside
                .Where(b => !page.Words.Any(w => Overlaps(w, b.Box)) && !added.Any(w => Overlaps(w, b.Box)))
                .Select(b => ToWord(b.Box, b.Text, page.Words)));
        }

        return added.Count == 0 ? page : page with { Words = [.. page.Words, .. added] };
    }

    private static PdfWord ToWord(PdfBox box, string text, IReadOnlyList<PdfWord> words)
    {
        var neighbour = words
            .Where(w => VerticalOverlap(w, box) > 0.5 * Math.Min(w.Bottom - w.Top, box.Bottom - box.Top))
            .OrderBy(w => Math.Min(Math.Abs(w.Left - box.Right), Math.Abs(box.Left - w.Right)))
            .FirstOrDefault();
        if (neighbour is not null)
        {
            return new PdfWord(text, box.Left, box.Top, box.Right, box.Bottom, neighbour.Baseline, neighbour.FontSize, neighbour.Bold, neighbour.Italic);
        }

        // A box spans the font's ascent and descent, a little more than its size; the baseline sits a fifth above the bottom.
        var size = Math.Max(4, (box.Bottom - box.Top) / 1.15);
        return new PdfWord(text, box.Left, box.Top, box.Right, box.Bottom, box.Bottom - (0.2 * size), size);
    }

    private static bool Overlaps(PdfWord word, PdfBox box)
    {
        var width = Math.Min(word.Right, box.Right) - Math.Max(word.Left, box.Left);
        var height = VerticalOverlap(word, box);
        var smaller = Math.Min(word.Width * (word.Bottom - word.Top), (box.Right - box.Left) * (box.Bottom - box.Top));
        return width > 0 && height > 0 && width * height > 0.5 * smaller;
    }

    private static double VerticalOverlap(PdfWord word, PdfBox box) => Math.Min(word.Bottom, box.Bottom) - Math.Max(word.Top, box.Top);
}
