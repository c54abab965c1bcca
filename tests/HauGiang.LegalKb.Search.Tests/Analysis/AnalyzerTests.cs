using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HauGiang.LegalKb.Search.Tests.Analysis;

public sealed class AnalyzerTests
{
    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [Fact]
    public void ExactFieldsKeepDiacriticsAndLowerCase()
    {
        Assert.Equal(["đại", "đoàn", "kết", "toàn", "dân", "tộc"], Tokens(new LegalKbAnalyzer(false, false), "ĐẠI ĐOÀN KẾT toàn dân tộc"));
    }

    [Fact]
    public void FoldedFieldsDropDiacriticsAndStrokeD()
    {
        Assert.Equal(["dai", "doan", "ket"], Tokens(new LegalKbAnalyzer(true, false), "Đại đoàn kết"));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hoá", "hóa")]
    [InlineData("khoá", "khóa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("\u00D0oàn", "Đoàn")]
    public void OldAndNewToneMarksAndEthIndexAlike(string a, string b)
    {
        var analyzer = new LegalKbAnalyzer(false, false);
        Assert.Equal(Tokens(analyzer, b), Tokens(analyzer, a));
    }

    [Fact]
    public void NoStopWordIsRemoved()
    {
        Assert.Equal(["điều", "5", "không", "đói", "nghèo"], Tokens(new LegalKbAnalyzer(false, false), "Điều 5 không đói nghèo"));
    }

    [Fact]
    public void ShingleFieldsIndexAdjacentSyllablePairs()
    {
        Assert.Equal(["dan toc", "toc thieu", "thieu so"], Tokens(new LegalKbAnalyzer(true, true), "dân tộc thiểu số"));
    }
}
