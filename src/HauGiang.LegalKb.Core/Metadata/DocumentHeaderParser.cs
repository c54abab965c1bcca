using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Reads the header every Vietnamese administrative document opens with (Nghị định 30/2020/NĐ-CP, Phụ lục I;
/// Hướng dẫn 36-HD/VPTW for the Party): the issuing body in capitals, the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM",
/// "Số: 100/KH-UBND", "Hậu Giang, ngày 02 tháng 5 năm 2024", the type in capitals ("KẾ HOẠCH") and the title.
/// </summary>
/// <remarks>
/// The header is read in every layout it takes: the two columns of its table in either reading order, joined into
/// one paragraph by a crawler, interleaved by a converter, below a site's title line, an e-signature stamp or a Công
/// báo page header, or moved to the end of the text (<see cref="HeaderReader"/>, <see cref="HeaderPieces"/>). A blank
/// number or date (a draft's "Số: /QĐ-TGV", "ngày  tháng 8 năm 2025") is unknown, never guessed. Pure; never throws.
/// A document without such a header yields empty facts and <c>EndIndex</c> 0.
/// </remarks>
public static class DocumentHeaderParser
{
    // The header is short: it is looked for in the first paragraphs, or, moved by a converter, in the last ones.
    private const int MaxHeaderParagraphs = 30;
    private const int MaxTailParagraphs = 60;
    private const int MaxIssuerLinesAboveMotto = 5;

    /// <summary>Parses the header at the start of <paramref name="paragraphs"/>.</summary>
    public static DocumentHeader Parse(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var head = HeaderReader.Read(paragraphs, 0, Math.Min(paragraphs.Count, MaxHeaderParagraphs));
        var tail = head.AnchorSeen ? null : ReadTail(paragraphs, head.End);
        if (!head.HasHeader && tail is null)
        {
            // Capitals alone (a Markdown title, a heading) are not a header.
            return new DocumentHeader(new DocumentMetadata(), 0);
        }

        var facts = head.Facts();
        if (tail is not null)
        {
            var moved = tail.Facts();
            facts = facts with { Issuer = moved.Issuer ?? facts.Issuer, Number = moved.Number, Place = moved.Place, IssuedOn = moved.IssuedOn };
        }

        return new DocumentHeader(facts, head.HasHeader ? head.End : 0)
        {
            DateLineSeen = head.DateLineSeen || tail?.DateLineSeen == true,
            UnreadableNumberCode = facts.Number is null ? head.UnreadableNumberCode ?? tail?.UnreadableNumberCode : null,
        };
    }

    // A header a converter moved to the end: the last motto near the end, with the issuer's lines above it.
    private static HeaderReader? ReadTail(IReadOnlyList<SourceParagraph> paragraphs, int after)
    {
        for (var m = paragraphs.Count - 1; m >= Math.Max(after, paragraphs.Count - MaxTailParagraphs); m--)
        {
            if (!HeaderPieces.Split(paragraphs[m].Text, typeWithTitle: false).Any(p => p.Kind == HeaderPieceKind.Motto))
            {
                continue;
            }

            var start = m;
            while (start > after && m - start < MaxIssuerLinesAboveMotto && IsIssuerLine(paragraphs[start - 1].Text))
            {
                start--;
            }

            var tail = HeaderReader.Read(paragraphs, start, Math.Min(paragraphs.Count, m + MaxIssuerLinesAboveMotto + 4));
            return tail.HasWrittenNumberOrDate ? tail : null;
        }

        return null;
    }

    private static bool IsIssuerLine(string text) =>
        text.Length <= 100 && text.Any(char.IsLetter) && VietnameseText.IsUpperCaseLine(text) && !SignatureLines.HasOfficeWord(text);
}
