using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Reads the header every Vietnamese administrative document opens with (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// the issuing body in capitals, the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 100/KH-UBND",
/// "Hậu Giang, ngày 02 tháng 5 năm 2024", the type in capitals ("KẾ HOẠCH") and the title in capitals.
/// </summary>
/// <remarks>Pure; never throws. A document without such a header yields empty facts and <c>EndIndex</c> 0.</remarks>
public static partial class DocumentHeaderParser
{
    // The header is short; a document whose first paragraphs are not header lines has none.
    private const int MaxHeaderParagraphs = 20;

    // Uppercase lines that start the enacting authority of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"): preamble, not title.
    private static readonly string[] s_authorityPrefixes =
    [
        "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ",
        "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "CHÍNH PHỦ", "QUỐC HỘI", "GIÁM ĐỐC", "CHÁNH ÁN", "VIỆN TRƯỞNG",
    ];

    /// <summary>Parses the header at the start of <paramref name="paragraphs"/>.</summary>
    public static DocumentHeader Parse(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var issuerLines = new List<string>();
        var titleLines = new List<string>();
        DocumentNumber? number = null;
        DocumentType? type = null;
        string? place = null;
        DateOnly? issuedOn = null;
        var end = 0;

        var limit = Math.Min(paragraphs.Count, MaxHeaderParagraphs);
        for (var i = 0; i < limit; i++)
        {
            var text = paragraphs[i].Text;
            if (type is not null)
            {
                // After the type line: the title, in capitals, until the first ordinary paragraph.
                if (IsTitleLine(text))
                {
                    titleLines.Add(text);
                    end = i + 1;
                    continue;
                }

                break;
            }

            if (IsMotto(text))
            {
                end = i + 1;
            }
            else if (NumberLine().Match(text) is { Success: true } numberMatch)
            {
                number = DocumentNumber.TryParse(numberMatch.Groups["n"].Value, out var parsed) ? parsed : number;
                end = i + 1;
            }
            else if (PlaceDateLine().Match(text) is { Success: true } dateMatch)
            {
                place = dateMatch.Groups["place"].Value.Trim();
                issuedOn = VietnameseDate.TryParse(dateMatch.Groups["date"].Value);
                end = i + 1;
            }
            else if (VietnameseText.IsUpperCaseLine(text) && DocumentType.FromName(text) is { } typeLine)
            {
                type = typeLine;
                end = i + 1;
            }
            else if (VietnameseText.IsUpperCaseLine(text) && titleLines.Count == 0 && number is null && text.Length <= 120)
            {
                issuerLines.Add(text);
                end = i + 1;
            }
            else
            {
                break;
            }
        }

        if (type is null && number is null && issuedOn is null)
        {
            // Capitals alone (a Markdown title, a heading) are not a header.
            return new DocumentHeader(new DocumentMetadata(), 0);
        }

        var facts = new DocumentMetadata
        {
            Issuer = issuerLines.Count > 0 ? OrganNames.FromUpperCase(string.Join(' ', issuerLines)) : null,
            Number = number,
            Place = place,
            IssuedOn = issuedOn,
            Type = type,
            Title = titleLines.Count > 0 ? string.Join(' ', titleLines) : null,
        };
        return new DocumentHeader(facts, end);
    }

    private static bool IsMotto(string text)
    {
        var upper = VietnameseText.ToUpper(text);
        return upper.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)
            || upper.StartsWith("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)
            || upper.StartsWith("ĐẢNG CỘNG SẢN VIỆT NAM", StringComparison.Ordinal)
            || MottoLine().IsMatch(text);
    }

    // A capitalised line that opens a unit ("I. MỤC ĐÍCH", "CHƯƠNG I", "ĐIỀU 1.") ends the title, even with no
    // sentence between them.
    private static bool IsTitleLine(string text) =>
        VietnameseText.IsUpperCaseLine(text)
        && !text.TrimEnd().EndsWith(':')
        && !UnitHeading().IsMatch(text)
        && !s_authorityPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:[IVXLC]{1,6}\s*[.:\-–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|(?:PHẦN|CHƯƠNG|MỤC|TIỂU MỤC|ĐIỀU)\s+\S)")]
    private static partial Regex UnitHeading();

    [GeneratedRegex(@"^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc", RegexOptions.IgnoreCase)]
    private static partial Regex MottoLine();

    [GeneratedRegex(@"^(?:(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Lệnh)\s+)?Số\s*:?\s*(?<n>\d[\w\s./-]*?\p{L}[\w\s./-]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,40}),\s*(?<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateLine();
}
