using CsCheck;
using HauGiang.LegalKb.Core.Cleaning;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>
/// Reading facts never throws, whatever the text: generated lines mixing the words of headers and signatures with
/// digits, marks, separators, odd Unicode and random characters go through every part that reads them.
/// </summary>
public sealed class FactsNeverThrowTests
{
    // Pieces real headers and closings are made of, and pieces that are not text at all.
    private static readonly string[] s_pieces =
    [
        "ỦY BAN NHÂN DÂN", "UBND", "TỈNH THỬ NGHIỆM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG", "SỞ", "TỔ GIÚP VIỆC VỀ", "-",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số:", "Số", "Luật số:",
        "9901/QĐ-UBND", "/QĐ-TGV", "-QC/ĐU", "II /2026/", "//", "…", "...", "Thử Nghiệm,", "ngày", "tháng", "năm", "2031",
        "mười lăm", "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "KẾ HOẠCH", "V/v", "DỰ THẢO", "Nơi nhận:", "- Như trên;", "TM.", "KT.", "K/T",
        "T/M", "CHỦ TỊCH", "PHÓ", "THỨ TRƯỞNG", "Thượng tướng", "PGS.TS.", "Nguyễn Văn Thử", "(Đã ký)", "[", "]", "(", ")",
        "CÔNG BÁO/Số 99/Ngày 01-02-2031", "Ký bởi:", "Email: a@b.vn", "thông qua ngày", "kèm theo", "./.", "|", "*", "**",
        "\t", "\u00A0", "\uD800", "\uDC00", "😀", "\u0301", "\u0000", "Điều 1.", "I.", "Chương I", "A",
    ];

    private static readonly Gen<string> s_line = Gen.OneOf(
        Gen.OneOf(s_pieces).Array[1, 8].Select(words => string.Join(' ', words)),
        Gen.String[0, 60],
        Gen.Select(Gen.OneOf(s_pieces).Array[0, 4], Gen.String[0, 8], (words, noise) => string.Join(noise, words)));

    private static readonly Gen<string[]> s_document = s_line.Array[0, 40];

    [Fact]
    public void HeaderParsingNeverThrows()
    {
        s_document.Sample(lines => _ = DocumentHeaderParser.Parse(Paragraphs(lines)), iter: 3000);
    }

    [Fact]
    public void SignatureParsingNeverThrows()
    {
        s_document.Sample(
            lines =>
            {
                _ = SignatureParser.Parse(lines);
                _ = SignatureParser.Find(lines, lines.Length / 2);
            },
            iter: 3000);
    }

    [Fact]
    public void TheFactsBuildingBlocksNeverThrow()
    {
        s_line.Sample(
            line =>
            {
                _ = HeaderPieces.Split(line, typeWithTitle: true);
                _ = HeaderPieces.Split(line, typeWithTitle: false);
                _ = IssuerName.FromHeaderLines([line, line]);
                _ = OrganCasing.FromUpperCase(line);
                _ = PersonNames.Name(line);
                _ = SignatureLines.Split(line, 0).ToList();
                _ = VietnameseDate.TryParse(line);
                _ = VietnameseDate.FromParts(line, line, line);
                _ = DocumentDates.Find([line], null);
            },
            iter: 5000);
    }

    [Fact]
    public void CleaningNeverThrows()
    {
        s_document.Sample(lines => _ = SourceCleaner.Clean(Paragraphs(lines)), iter: 2000);
    }

    private static List<SourceParagraph> Paragraphs(string[] lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => new SourceParagraph(l.Trim())).ToList();
}
