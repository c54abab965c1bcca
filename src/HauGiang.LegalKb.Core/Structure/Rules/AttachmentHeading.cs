using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// How an attached text names itself: a name line ("QUY CHẾ", "KẾ HOẠCH HÀNH ĐỘNG", "PHỤ LỤC II", "Phụ lục",
/// "Mẫu số 01"), its title lines, and the note saying what it comes with ("(Ban hành kèm theo Quyết định số …)").
/// </summary>
internal static partial class AttachmentHeading
{
    /// <summary>The kind of text a name line names ("Kế hoạch", "Phụ lục II") and the words after it on the line ("HÀNH ĐỘNG"), or null.</summary>
    public static (string Label, string After)? Name(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        if (VietnameseText.IsUpperCaseLine(text) && UpperName().Match(text) is { Success: true } upper)
        {
            var number = upper.Groups["n"].Value;
            var label = SentenceCase(upper.Groups["name"].Value) + (number.Length > 0 ? " " + number : string.Empty);
            return (label, upper.Groups["rest"].Value.Trim());
        }

        if (PlainName().Match(text) is { Success: true } plain)
        {
            var number = plain.Groups["n"].Value;
            var label = SentenceCase(plain.Groups["name"].Value) + (number.Length > 0 ? " " + number : string.Empty);
            return (label, plain.Groups["rest"].Value.Trim());
        }

        return null;
    }

    /// <summary>
    /// The name of an attached text at <paramref name="index"/>: a name line (<see cref="Name"/>), or — after the
    /// closing — a title in capitals that names no kind but is followed by its note ("PHÂN CÔNG NHIỆM VỤ …" /
    /// "(Kèm theo Kế hoạch số …)"), labelled Phụ lục; else null.
    /// </summary>
    public static (string Label, string After)? Naming(IReadOnlyList<SourceParagraph> paragraphs, int index, bool afterClosing)
    {
        var text = paragraphs[index].Text;
        if (Name(text) is { } name)
        {
            return name;
        }

        if (!afterClosing || !VietnameseText.IsUpperCaseLine(text) || !text.Any(char.IsLetter) || IsMotto(text)
            || UnitHeadings.OpensUnit(text) || SignatureLines.IsCapacity(text))
        {
            return null;
        }

        // Its title lines are capitals or continue it in small letters; a signer's name among them is a signature.
        var (lines, hasNote) = TitleLines(paragraphs, index);
        var titled = hasNote && lines.All(l => VietnameseText.IsUpperCaseLine(l) || char.IsLower(l[0]));
        return titled ? ("Phụ lục", text.Trim()) : null;
    }

    /// <summary>True for the note under an attachment's title: "(Ban hành kèm theo …)", "(Kèm theo …)".</summary>
    public static bool IsNote(string text) => Note().IsMatch(text);

    /// <summary>
    /// The title lines after the name line at <paramref name="nameIndex"/>: every line up to a note when one follows
    /// within five lines, else lines in capitals and lines continuing the name in small letters ("của Tổ …"); none
    /// when a header (the motto) follows the name, as on a form.
    /// Returns the lines and whether a note follows them.
    /// </summary>
    public static (List<string> Lines, bool HasNote) TitleLines(IReadOnlyList<SourceParagraph> paragraphs, int nameIndex)
    {
        var lines = new List<string>();
        for (var i = nameIndex + 1; i < paragraphs.Count && i <= nameIndex + 5; i++)
        {
            if (IsNote(paragraphs[i].Text))
            {
                return (lines, true);
            }

            if (paragraphs[i].Text.Length > 300 || UnitHeadings.OpensUnit(paragraphs[i].Text) || IsMotto(paragraphs[i].Text))
            {
                break;
            }

            lines.Add(paragraphs[i].Text.Trim());
        }

        lines.Clear();
        for (var i = nameIndex + 1; i < paragraphs.Count && lines.Count < 4; i++)
        {
            var text = paragraphs[i].Text;
            var continues = VietnameseText.IsUpperCaseLine(text) || (text.Length > 0 && char.IsLower(text[0]));
            if (!continues || text.Length > 300 || UnitHeadings.OpensUnit(text))
            {
                break;
            }

            if (IsMotto(text))
            {
                // A form's own header (its organ, the motto) follows the name: its title comes later, if at all.
                return ([], false);
            }

            lines.Add(text.Trim());
        }

        return (lines, false);
    }

    /// <summary>
    /// True for a line of a document's header repeated above an attached text: an organ's name in capitals, the
    /// national or Party motto, "Số: …", the place and date.
    /// </summary>
    public static bool IsHeaderLine(string text) =>
        text.Length <= 150 && (IsMotto(text) || HeaderLine().IsMatch(text) || (VietnameseText.IsUpperCaseLine(text) && text.Any(char.IsLetter)));

    /// <summary>True for the national or Party motto lines, which only a document's header carries.</summary>
    public static bool IsMotto(string text) => Motto().IsMatch(text);

    // "KẾ HOẠCH" → "Kế hoạch": the kind of text as the prose names it.
    private static string SentenceCase(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    [GeneratedRegex(@"^(?<name>QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|KẾ HOẠCH|CHƯƠNG TRÌNH|QUY TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|DANH MỤC|DANH SÁCH|NỘI QUY|BỘ TIÊU CHÍ|TIÊU CHÍ|CHIẾN LƯỢC|PHỤ LỤC|BIỂU MẪU|MẪU(?=\s*$|\s+(?:SỐ\s+)?\d))(?:\s+(?:SỐ\s+)?(?<n>[IVXLC]+|\d+[A-Z]?(?:[./-]\w+)*)(?=$|[\s.:\-–]))?\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex UpperName();

    // "Phụ lục", "Phụ lục II", "Phụ lục số 02: Danh mục …", "Mẫu số 01", "Mẫu 01/BC" in ordinary letters, on a short line.
    [GeneratedRegex(@"^(?<name>Phụ lục|Biểu mẫu|Mẫu)(?:\s+(?:số\s+)?(?<n>[IVXLC]+|\d+[A-Za-z]?(?:[./-]\w+)*))?(?:\s*[.:\-–]\s*(?<rest>\p{Lu}.{0,150}))?\s*$")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"^\(\s*(?:Ban hành\s+)?(?:kèm|đính kèm)\s+theo\b", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)", RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^(?:Số\s*:|[\p{L} .]{2,40},\s*ngày\b|[*_\-–—=]{3,}\s*$)")]
    private static partial Regex HeaderLine();
}
