using CsCheck;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>
/// Splitting a joined body into lines changes nothing but spaces into line breaks, whatever the text: the cleaned text
/// keeps its length and every character, so every span computed on it stays right.
/// </summary>
public sealed class JoinedParagraphsTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "Điều 1.", "Điều 2:", "ĐIỀU 3.", "Chương II", "1. Khoản", "2. Khoản", "a) điểm", "b) điểm", "I. MỤC", "Nơi nhận:",
        "quy", "định", "tại", "khoản", "“Điều 5.", "trích.”", "\"", ".", ";", ":", "./.", "thử nghiệm.", "Văn bản", "");

    [Fact]
    public void OnlySpacesBecomeLineBreaks()
    {
        Gen.Select(Word.Array[0, 120], Gen.Int[0, 2]).Sample((words, from) =>
        {
            var paragraphs = new[] { new SourceParagraph("TIÊU ĐỀ"), new SourceParagraph(string.Join(' ', words)), new SourceParagraph("Hết.") };
            var before = string.Join('\n', paragraphs.Select(p => p.Text));
            var after = string.Join('\n', JoinedParagraphs.Split(paragraphs, from).Select(p => p.Text));

            return before.Length == after.Length
                && before.Zip(after).All(pair => pair.First == pair.Second || (char.IsWhiteSpace(pair.First) && pair.Second == '\n'));
        }, iter: 2000);
    }

    [Fact]
    public void AClauseWithOneInlineEnumerationIsNotSplit()
    {
        var line = new SourceParagraph("Các cơ quan gồm: a) Sở Tư pháp; b) Sở Nội vụ; c) Sở Tài chính phối hợp thực hiện các nhiệm vụ theo quy định tại Điều 3. "
            + "Thời hạn thực hiện: trong năm 2031; kinh phí: từ ngân sách tỉnh theo phân cấp hiện hành và các nguồn hợp pháp khác.");
        IReadOnlyList<SourceParagraph> paragraphs = [line];
        Assert.Same(paragraphs, JoinedParagraphs.Split(paragraphs, 0));
    }
}
