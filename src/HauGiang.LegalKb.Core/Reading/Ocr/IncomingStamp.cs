using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Drops the receiving office's "ĐẾN" stamp from a scan: a ruled frame printed over the header with the office's name,
/// "Số:", "Ngày:", "Chuyển:", "Số và ký hiệu HS:" and handwriting. Its text is not the document's, and its office name
/// beside the issuing body would pass for it.
/// </summary>
/// <remarks>
/// The stamp is recognised by its printed fields ("Chuyển:", "Số và ký hiệu HS", "Lưu hồ sơ số"); everything inside the
/// ruled frame around them goes. Without a frame, only the field lines go. Pure; never throws.
/// </remarks>
internal static partial class IncomingStamp
{
    /// <summary>The words outside any incoming-mail stamp.</summary>
    public static List<OcrWord> Remove(IReadOnlyList<OcrWord> words, IReadOnlyList<PixelBox> rules)
    {
        var fieldLines = words
            .GroupBy(w => w.LineKey)
            .Where(l => StampField().IsMatch(string.Join(' ', l.Select(w => w.Text))))
            .ToList();
        if (fieldLines.Count == 0)
        {
            return [.. words];
        }

        var dropped = new HashSet<OcrWord>();
        foreach (var line in fieldLines)
        {
            var anchor = line.OrderBy(w => w.Left).First();
            if (FrameAround(anchor, rules) is { } frame)
            {
                dropped.UnionWith(words.Where(w => frame.Contains(w.Left + (w.Width / 2.0), w.Top + (w.Height / 2.0))));
            }
            else
            {
                dropped.UnionWith(FieldWords(line, anchor));
            }
        }

        return [.. words.Where(w => !dropped.Contains(w))];
    }

    // The field and its handwritten value: the line's words up to the first wide gap (the document's own text may
    // share the line, on the far side of the stamp's edge).
    private static IEnumerable<OcrWord> FieldWords(IEnumerable<OcrWord> line, OcrWord anchor)
    {
        var previousRight = anchor.Left;
        foreach (var word in line.OrderBy(w => w.Left))
        {
            if (word.Left - previousRight > 2 * anchor.Height)
            {
                yield break;
            }

            previousRight = Math.Max(previousRight, word.Left + word.Width);
            yield return word;
        }
    }

    // Two upright rules, one on each side of the anchor word and both beside it vertically, make the stamp's frame.
    private static PixelBox? FrameAround(OcrWord anchor, IReadOnlyList<PixelBox> rules)
    {
        var y = anchor.Top + (anchor.Height / 2.0);
        var upright = rules.Where(r => r.Height > r.Width && r.Top <= y && r.Bottom >= y).ToList();
        var left = upright.Where(r => r.Right <= anchor.Left).OrderByDescending(r => r.Left).FirstOrDefault();
        var right = upright.Where(r => r.Left >= anchor.Left + anchor.Width).OrderBy(r => r.Left).FirstOrDefault();
        if (left == default || right == default)
        {
            return null;
        }

        var top = Math.Min(left.Top, right.Top);
        var bottom = Math.Max(left.Bottom, right.Bottom);
        return new PixelBox(left.Left, top, right.Right - left.Left, bottom - top);
    }

    [GeneratedRegex(@"^\s*(?:Chuyển\s*:|Lưu hồ sơ số|Số và ký hiệu\s*HS)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampField();
}
