using HauGiang.LegalKb.Search.Querying;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>The passage a hit shows: where the query's words are, most of them, side by side.</summary>
public sealed class SnippetBuilderTests
{
    // My own filler words, repeated to make a long section.
    private static readonly string s_filler = string.Concat(Enumerable.Repeat("các cơ quan thực hiện nhiệm vụ được giao theo kế hoạch; ", 12));

    [Fact]
    public void TheWindowWithTheMostDistinctWordsSideBySideWins()
    {
        var text = "Phát triển kinh tế. " + s_filler + "Đảng viên tham gia. " + s_filler + "Chú trọng phát triển đảng viên trẻ. " + s_filler;

        var (html, plain) = SnippetBuilder.Build(text, ["phát", "triển", "đảng", "viên"]);

        Assert.Contains("<mark>phát</mark> <mark>triển</mark> <mark>đảng</mark> <mark>viên</mark> trẻ", html);
        Assert.StartsWith("…", plain);
        Assert.EndsWith("…", plain);
        Assert.True(plain.Length <= 262 + 40, plain);
    }

    [Fact]
    public void WithoutDiacriticsEveryAccentedFormIsMarked()
    {
        var (html, _) = SnippetBuilder.Build("Dân tộc và dân chủ; dẫn chứng.", ["dan"]);

        Assert.Equal("<mark>Dân</mark> tộc và <mark>dân</mark> chủ; <mark>dẫn</mark> chứng.", html);
    }

    [Fact]
    public void TypedDiacriticsMarkOnlyThatWordAndTheRestIsEscaped()
    {
        var (html, plain) = SnippetBuilder.Build("Dân <b>tộc</b> & dẫn", ["dân"]);

        Assert.Equal("<mark>Dân</mark> &lt;b&gt;tộc&lt;/b&gt; &amp; dẫn", html);
        Assert.Equal("Dân <b>tộc</b> & dẫn", plain);
    }

    [Fact]
    public void ASectionStartingAtItsWordsIsShownFromItsStart()
    {
        var text = "Người cao tuổi được chăm lo. " + s_filler;

        var (_, plain) = SnippetBuilder.Build(text, ["người", "cao", "tuổi"]);

        Assert.StartsWith("Người cao tuổi", plain);
        Assert.EndsWith("…", plain);
    }
}
