using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Pinpoints inside an article that amends another document point into that document: after "Điều 16. Sửa đổi, bổ
/// sung một số điều của Thông tư số 43/2018/TT-BCT …", "Sửa đổi khoản 1 Điều 6 như sau" and the quoted "khoản 2
/// Điều 6 của Thông tư này" are Thông tư 43/2018's units, not the amending text's.
/// </summary>
/// <remarks>
/// The scope of an amending article runs from its heading to the next article of the amending text ("Điều 17." at the
/// start of a line, outside quotes) or the next amending heading. Only pinpoints the grammar left with no document
/// (or with "… này" of the amended document's type) are moved; "Điều này" stays where it is. One pass over the
/// mentions in order, one search for each scope's end.
/// </remarks>
internal static partial class AmendmentScopes
{
    public static List<CitationMention> Run(string text, List<CitationMention> mentions)
    {
        var result = new List<CitationMention>(mentions);
        for (var k = 0; k < result.Count; k++)
        {
            // The heading's first reference is the amended document ("… của Thông tư số 10/2018/TT-BCT quy định chi
            // tiết … Nghị định số 40/2018/NĐ-CP" amends the Thông tư).
            var lead = result[k];
            if (IsDocument(lead) && IsAmendingHeading(text, lead.Span.Start, out var article, out var line)
                && FirstOnLine(result, k, line))
            {
                MoveScope(text, result, k, line, ScopeEnd(text, lead.Span.End, article));
            }
        }

        MoveWithinItems(text, result);
        return result;
    }

    // Every pinpoint of the scope after the lead at "k" that names no other document goes to the lead's document.
    private static void MoveScope(string text, List<CitationMention> result, int k, int line, int end)
    {
        var lead = result[k];
        PinpointPart? article = null;
        for (var j = k + 1; j < result.Count && result[j].Span.Start < end; j++)
        {
            var mention = result[j];
            if (IsDocument(mention) && IsAmendingHeading(text, mention.Span.Start, out _, out var otherLine) && otherLine != line)
            {
                break;
            }

            if (mention is not { IsSelfReference: true, Pinpoint: { } pinpoint } || mention.Type is not null && mention.Type != lead.Type)
            {
                continue;
            }

            if (pinpoint.RelativeToArticle)
            {
                // "khoản 2 Điều này" in the quoted new text of "Sửa đổi khoản 4 Điều 4 như sau": Điều 4 of the amended text.
                if (article is null)
                {
                    continue;
                }

                pinpoint = pinpoint with { Parts = [article, .. pinpoint.Parts], RelativeToArticle = false };
            }

            article = pinpoint.Parts.FirstOrDefault(p => p.Kind == SectionKind.Article) ?? article;
            result[j] = Moved(lead, mention, pinpoint);
        }
    }

    // "e) Bãi bỏ cụm từ … tại điểm e khoản 1 Điều 62, khoản 6 Điều 63; bãi bỏ Điều 66 của Luật …": on a line that
    // opens with an amending verb, a pinpoint naming no document is into the document the line names next.
    private static void MoveWithinItems(string text, List<CitationMention> result)
    {
        for (var k = 0; k < result.Count; k++)
        {
            if (result[k] is not { IsSelfReference: true, Type: null, Pinpoint: { RelativeToArticle: false } pinpoint } mention)
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', mention.Span.End) is var n and >= 0 ? n : text.Length;
            var next = result.FindIndex(k + 1, m => m.Span.Start >= lineEnd || IsDocument(m));
            if (next >= 0 && result[next].Span.Start < lineEnd && AmendsOnLine(text, mention.Span.Start))
            {
                result[k] = Moved(result[next], mention, pinpoint);
            }
        }
    }

    private static bool FirstOnLine(List<CitationMention> result, int k, int line)
    {
        for (var j = k - 1; j >= 0 && result[j].Span.Start >= line; j--)
        {
            if (IsDocument(result[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDocument(CitationMention mention) => !mention.IsSelfReference && (mention.Number is not null || mention.Name is not null);

    private static CitationMention Moved(CitationMention document, CitationMention mention, Pinpoint pinpoint) => document with
    {
        Span = mention.Span,
        Text = mention.Text,
        Pinpoint = pinpoint with { Attachment = null },
        Subject = null,
        LeadIn = RelationKind.Cites,
        ImplementedBy = null,
        StatesOwnNumber = false,
    };

    private static bool AmendsOnLine(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return start - lineStart <= 400 && AmendingWords().IsMatch(text.AsSpan(lineStart, start - lineStart));
    }

    // "Điều 16. Sửa đổi, bổ sung một số điều của " before the reference, on the line that heads the article.
    private static bool IsAmendingHeading(string text, int start, out int article, out int lineStart)
    {
        article = 0;
        lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 240 || AmendingHeading().Match(text, lineStart, start - lineStart) is not { Success: true } heading)
        {
            return false;
        }

        article = int.Parse(heading.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    // The next article of the amending text: "Điều {n+1}." at the start of a line (quoted articles start with a quote), or a chapter.
    private static int ScopeEnd(string text, int from, int article)
    {
        for (var m = NextArticleOrChapter().Match(text, from); m.Success; m = m.NextMatch())
        {
            if (m.Groups["chapter"].Success || int.TryParse(m.Groups["n"].Value, out var n) && n == article + 1)
            {
                return m.Index;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^\s*Điều\s+(?<n>\d{1,3})[a-zđ]?\s*[.:]\s+(?:[^\n“”""]{0,120}?\s)?(?i:sửa đổi|bổ sung|bãi bỏ|thay thế|đính chính)[^\n“”""]{0,120}?\s(?:(?:của|tại)\s+)?$")]
    private static partial Regex AmendingHeading();

    // A line that opens (after its item label) with an amending verb: "e) Bãi bỏ …", "b) Cụm từ “…” tại …".
    [GeneratedRegex(@"^\s*(?:[a-zđ]\)|\d{1,3}(?:\.\d{1,3})*\.|[-+])?\s*(?i:bãi bỏ|sửa đổi|thay thế|bổ sung|cụm từ)(?![\p{L}])")]
    private static partial Regex AmendingWords();

    [GeneratedRegex(@"^[ \t]*(?:Điều\s+(?<n>\d{1,3})[a-zđ]?\s*[.:]|(?<chapter>Chương\s+[IVXLC]+\b))", RegexOptions.Multiline)]
    private static partial Regex NextArticleOrChapter();
}
