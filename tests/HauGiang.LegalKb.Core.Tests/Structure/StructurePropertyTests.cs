using System.Text;
using CsCheck;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>
/// Properties of the structure parser over generated texts: lines that look like every kind of heading, quotes opened
/// and never closed, closings and attachments in any order, and arbitrary characters.
/// </summary>
public sealed class StructurePropertyTests
{
    // Lines shaped like the headings, quotes, closings and attachments the rules look for, so that generated texts
    // exercise them together rather than only as plain prose.
    private static readonly Gen<string> Shaped = Gen.OneOf(
        "Điều 1. Phạm vi điều chỉnh", "Điều 2", "Điều 3: Hiệu lực", "ĐIỀU 4.", "Điều 9a. Bổ sung", "Chương I", "CHƯƠNG II",
        "NHỮNG QUY ĐỊNH CHUNG", "Mục 1", "Phần thứ hai", "I. MỤC ĐÍCH", "II- NHIỆM VỤ", "1. Khoản", "2.", "3- Mục",
        "1.1. Tiểu mục", "1.1.1. Sâu hơn", "a) Điểm", "- b) Điểm", "c- Điểm", "a1) Tiết", "đ) Điểm", "- Gạch đầu dòng",
        "“1. Trích dẫn mở", "“Điều 5. Trích dẫn", "kết thúc trích dẫn.”", "như sau: “2. Mở giữa dòng", "\"Ngoặc thẳng",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thử",
        "thi hành Quyết định này./. Nơi nhận: - Như trên;", "Trên đây là Kế hoạch", "QUY CHẾ", "KẾ HOẠCH HÀNH ĐỘNG",
        "Phụ lục", "PHỤ LỤC II", "Mẫu số 01", "(Ban hành kèm theo Quyết định số 9901/QĐ-UBND)", "(Kèm theo Kế hoạch số: /KH-UBND)",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "BỘ TRƯỞNG", "(Đã ký)",
        "+---+---+", "TT | Nội dung", ":", "“", "”", ".", "Điều", "1", "a)", "I.");

    private static readonly Gen<string> Prose =
        Gen.OneOf("thử", "nghiệm", "văn", "bản", "Điều", "khoản", "điểm", "quy", "định", "1.", "a)", "“", "”", ":", ";", "./.", "QUY CHẾ")
            .Array[1, 12]
            .Select(words => string.Join(' ', words));

    private static readonly Gen<string> Line = Gen.Frequency(
        (5, (IGen<string>)Shaped),
        (4, Prose),
        (1, Gen.String[Gen.Char, 0, 30]));

    private static readonly Gen<string[]> Lines = Line.Array[0, 60];

    [Fact]
    public void EveryLetterOfTheBodyIsInTheHeadingsAndTextsInOrder()
    {
        Lines.Sample(lines =>
        {
            var paragraphs = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new SourceParagraph(l)).ToList();
            var text = string.Join('\n', paragraphs.Select(p => p.Text));
            var offsets = Offsets(paragraphs);
            var drafts = KbPipeline.Default.Structure.Parse(paragraphs, offsets, 0);
            var sections = SectionTree.Build(DocumentId.Of("thu-nghiem"), text, drafts);

            var kept = Letters(string.Concat(Flatten(sections).Select(s => (s.Heading ?? string.Empty) + s.Text)));
            return IsSubsequence(Letters(text), kept);
        }, iter: 2000);
    }

    [Fact]
    public void ParsingAnyTextNeverThrows()
    {
        Lines.Sample(lines =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            foreach (var name in new[] { "x.txt", "x.md", "x.html" })
            {
                var result = KbPipeline.Default.Parse(new SourceFile(name, bytes));
                Assert.True(result.Success || result.Error is not null);
            }
        }, iter: 300);
    }

    private static int[] Offsets(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var offsets = new int[paragraphs.Count];
        for (int i = 0, position = 0; i < paragraphs.Count; i++)
        {
            offsets[i] = position;
            position += paragraphs[i].Text.Length + 1;
        }

        return offsets;
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static bool IsSubsequence(string wanted, string within)
    {
        var j = 0;
        foreach (var c in wanted)
        {
            j = within.IndexOf(c, j);
            if (j < 0)
            {
                return false;
            }

            j++;
        }

        return true;
    }
}
