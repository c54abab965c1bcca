using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Drops the text of an e-signature stamp ("Ký bởi: …", "Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …"):
/// it says who signed the file and when, not what the document says, and its "Người ký:" would pass for a site header.
/// </summary>
/// <remarks>
/// A stamp starts at "Ký bởi:", "Người ký:" or "Thời gian ký:"; "Email:" and "Cơ quan:" count only inside one, and so do
/// the lines that continue a stamp's value under it ("NHÂN DÂN TỈNH"). A body line never starts a stamp. Pure; never throws.
/// </remarks>
internal static partial class SignatureStamp
{
    /// <summary>The lines without stamp text.</summary>
    public static List<PdfLine> Remove(IReadOnlyList<PdfLine> lines)
    {
        var kept = new List<PdfLine>(lines.Count);
        PdfLine? stampLine = null;
        foreach (var line in lines)
        {
            if (StampStart().IsMatch(line.Text) || (stampLine is not null && InStamp(stampLine, line)))
            {
                stampLine = line;
                continue;
            }

            stampLine = null;
            kept.Add(line);
        }

        return kept;
    }

    /// <summary>True when a field's text is an e-signature stamp ("Ký bởi: …", "Người ký: …", "Thời gian ký: …").</summary>
    public static bool IsStampText(string text) => StampWords().IsMatch(text);

    private static bool InStamp(PdfLine previous, PdfLine line)
    {
        if (line.Page != previous.Page || line.Baseline - previous.Baseline > 2.5 * line.FontSize)
        {
            return false;
        }

        return StampField().IsMatch(line.Text)
            || (Math.Abs(line.Left - previous.Left) < 2 * line.FontSize && line.Text.Length <= 40 && !EndsStamp(previous.Text));
    }

    // "Thời gian ký: 23.06.2022 10:13:36 +07:00" ends a stamp once its date is there.
    private static bool EndsStamp(string text) => StampTime().IsMatch(text);

    [GeneratedRegex(@"^(?:Ký bởi|Người ký|Thời gian ký)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampStart();

    [GeneratedRegex(@"^(?:Ký bởi|Người ký|Thời gian ký|Ngày ký|Email|E-mail|Cơ quan|Chức vụ)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampField();

    [GeneratedRegex(@"Ký\s*bởi|Người\s*ký\s*:|Thời\s*gian\s*ký|Email\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampWords();

    [GeneratedRegex(@"\d{1,2}[./-]\d{1,2}[./-]\d{4}.*\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex StampTime();
}
