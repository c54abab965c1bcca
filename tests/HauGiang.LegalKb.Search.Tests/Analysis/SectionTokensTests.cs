using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Analysis;
using HauGiang.LegalKb.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Search.Tests.Analysis;

/// <summary>
/// The index is fed by <see cref="SectionTokens"/>, which tokenizes once and replays; the reference is
/// <see cref="LegalKbAnalyzer.PerField"/> analysing each field's string. Any difference would make queries (analysed
/// the reference way) miss what the index holds, so every field must yield the very same tokens.
/// </summary>
public sealed class SectionTokensTests
{
    private static readonly string s_long = new('x', 300);

    // Title, text: empty parts, punctuation only, document numbers, Ð (U+00D0), old tone marks, upper case,
    // single tokens, decomposed diacritics, line breaks and tabs, and tokens over StandardTokenizer's 255 characters
    // (skipped, leaving a hole that ShingleFilter fills with "_").
    public static TheoryData<string, string> Tricky => new()
    {
        { string.Empty, string.Empty },
        { string.Empty, "Điều 5. Mục tiêu" },
        { "Chương I", string.Empty },
        { "...", "— ; ! ? (…) “ ” - / %" },
        { "Nghị định 59/2023/NĐ-CP", "căn cứ 59/2023/NĐ-CP ngày 01.02.2023 của Chính phủ; 1.000.000 đồng; 3,5%; 217-QĐ/TW" },
        { "\u00D0ẠI HỘI \u00D0ẢNG", "\u00D0oàn kết, \u00F0oàn" },
        { "Hoà hợp", "hoà hoá thuỷ khoá Hoà Thuỵ" },
        { "ĐIỀU 1. PHẠM VI ĐIỀU CHỈNH", "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        { "Một", string.Empty },
        { string.Empty, "hai" },
        { "a", "b" },
        { "Vie\u0302\u0323t Nam", "tie\u0302\u0301ng Vie\u0302\u0323t" },
        { "Mục 1\r\n", "\n\tKhoản 1\r\n  Điểm a\u00A0b\u2028c" },
        { "tiêu đề", "\u0301bắt đầu bằng dấu rời" },
        { "a\u00AD", "b\u200Dc" },
        { "https://vbpl.vn/hau-giang", "xem tại www.hau-giang.gov.vn hoặc email ubnd@haugiang.gov.vn, 08:30 ngày 2/9" },
        { "tiêu đề " + s_long, "văn bản" },
        { "tiêu đề", s_long + " văn bản" },
        { "tiêu đề", "văn " + s_long + " " + s_long + " bản" },
        { s_long, s_long },
        { "a " + s_long, string.Empty },
        { s_long, "b" },
        { "tiêu đề", "văn bản " + s_long },
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void EveryFieldReplaysWhatTheAnalyzerYields(string title, string text)
    {
        using var analyzer = LegalKbAnalyzer.PerField();
        var tokens = SectionTokens.Analyze(title, text);
        foreach (var field in SectionTokens.Fields)
        {
            Assert.Equal(Reference(analyzer, field, title, text), Drain(tokens.StreamFor(field)));
        }
    }

    [Fact]
    public void EveryUnitOfTheRealPlanReplaysWhatTheAnalyzerYields()
    {
        var knowledgeBase = HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value;
        using var analyzer = LegalKbAnalyzer.PerField();
        var units = 0;
        var pairs = 0;
        foreach (var (title, text) in knowledgeBase.Documents.SelectMany(SectionDocumentMapper.TitlesAndTexts))
        {
            var tokens = SectionTokens.Analyze(title, text);
            foreach (var field in SectionTokens.Fields)
            {
                var expected = Reference(analyzer, field, title, text);
                var actual = Drain(tokens.StreamFor(field));
                if (!expected.SequenceEqual(actual))
                {
                    var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                    Assert.Fail($"{field} of \"{title}\": token {at} is {actual.ElementAtOrDefault(at) ?? "missing"}, the analyzer's {expected.ElementAtOrDefault(at) ?? "none"}");
                }

                pairs += field == FieldNames.Shingles ? expected.Count - 1 : 0;
            }

            units++;
        }

        // Not vacuous: the plan's record and its dozens of sections, thousands of pairs.
        Assert.True(units > 50, $"{units} units");
        Assert.True(pairs > 5_000, $"{pairs} pairs");
    }

    [Fact]
    public void TheLastTitleSyllablePairsWithTheFirstTextSyllable()
    {
        var tokens = Drain(SectionTokens.Analyze("Điều 5", "Mục tiêu").StreamFor(FieldNames.ShinglesFolded));

        // "Điều 5\nMục tiêu": the pair "5 muc" spans the line break, offsets 5..10 of the joined string.
        Assert.Equal(["dieu 5 +1 0-6", "5 muc +1 5-10", "muc tieu +1 7-15", "end +0 15"], tokens);
    }

    [Fact]
    public void AHoleLeftByAnOverLongTokenIsFilledAsShingleFilterDoes()
    {
        var tokens = Drain(SectionTokens.Analyze("a", s_long + " b").StreamFor(FieldNames.Shingles));

        Assert.Equal(["a _ +1 0-303", "_ b +1 303-304", "end +0 304"], tokens);
    }

    [Fact]
    public void OnlyTheSixTextFieldsHaveStreams()
    {
        Assert.Throws<ArgumentException>(() => SectionTokens.Analyze("a", "b").StreamFor(FieldNames.Number));
    }

    private static List<string> Reference(Analyzer analyzer, string field, string title, string text)
    {
        var value = field switch
        {
            FieldNames.Title or FieldNames.TitleFolded => title,
            FieldNames.Text or FieldNames.TextFolded => text,
            _ => title + "\n" + text,
        };
        return Drain(analyzer.GetTokenStream(field, value));
    }

    // Every token as "term +increment start-end", then the state End() leaves: "end +increment finalOffset".
    private static List<string> Drain(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var tokens = new List<string>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
            }

            stream.End();
            tokens.Add($"end +{increment.PositionIncrement} {offset.EndOffset}");
            return tokens;
        }
    }
}
