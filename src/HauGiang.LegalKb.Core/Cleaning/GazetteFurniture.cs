using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Cleaning;

/// <summary>
/// Recognises what a Công báo (official gazette) page and an e-signature print around a document's text: the page
/// header "CÔNG BÁO/Số 286/Ngày 27-05-2026" with the page number beside it and, below the first one, the section
/// title ("VĂN BẢN QUY PHẠM PHÁP LUẬT"); and the signature stamp "Ký bởi: … / Email: … / Cơ quan: … / Thời gian ký: …".
/// </summary>
/// <remarks>
/// Seen in texts cut from Công báo PDFs and in signed PDFs. A page header cuts sentences wherever the page broke, so it
/// is removed wherever it stands; a bare number is removed only beside one, and a "Cơ quan:" line only inside a stamp.
/// Pure; never throws.
/// </remarks>
public static partial class GazetteFurniture
{
    /// <summary>The indexes of the paragraphs that are gazette or stamp furniture.</summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (PageHeader().IsMatch(paragraphs[i].Text))
            {
                found.Add(i);
                AddIf(paragraphs, i - 1, PageNumber(), found);
                var next = AddIf(paragraphs, i + 1, PageNumber(), found) ? i + 2 : i + 1;
                AddIf(paragraphs, next, SectionTitle(), found);
            }
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var end = i;
            while (end < paragraphs.Count && StampLine().IsMatch(paragraphs[end].Text))
            {
                end++;
            }

            if (Enumerable.Range(i, end - i).Any(k => StampSign().IsMatch(paragraphs[k].Text)))
            {
                found.UnionWith(Enumerable.Range(i, end - i));
            }

            i = Math.Max(i, end - 1);
        }

        return found;
    }

    private static bool AddIf(IReadOnlyList<SourceParagraph> paragraphs, int index, Regex pattern, HashSet<int> found)
    {
        if (index < 0 || index >= paragraphs.Count || !pattern.IsMatch(paragraphs[index].Text))
        {
            return false;
        }

        found.Add(index);
        return true;
    }

    // "CÔNG BÁO/Số 447 + 448/Ngày 25-6-2022", with the page number before or after it on the same line.
    [GeneratedRegex(@"^(?:\d{1,4}\s+)?CÔNG BÁO\s*/\s*Số\s*[\d\s+]+/\s*Ngày\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}(?:\s+\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageHeader();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN PHÁP LUẬT KHÁC|VĂN BẢN KHÁC|VĂN BẢN HỢP NHẤT)$")]
    private static partial Regex SectionTitle();

    // The lines of an e-signature stamp.
    [GeneratedRegex(@"^(?:Ký bởi|Người ký|Email|E-mail|Cơ quan|Chức vụ|Thời gian ký|Ngày ký|Ký ngày)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();

    // A stamp is a stamp because of these lines; "Cơ quan:" or "Người ký:" alone may be the document's own words.
    [GeneratedRegex(@"^(?:Ký bởi|Thời gian ký|Ngày ký|Ký ngày)\s*:|^E-?mail\s*:\s*\S+@\S+", RegexOptions.IgnoreCase)]
    private static partial Regex StampSign();
}
