using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Core.Tests.Quotations;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Đối với *người cao tuổi*", "Đối với \\*người cao tuổi\\*")]
    [InlineData("a_b [c](d) <script>", "a\\_b \\[c\\](d) \\<script\\>")]
    [InlineData("- gạch đầu dòng", "\\- gạch đầu dòng")]
    [InlineData("# tiêu đề", "\\# tiêu đề")]
    [InlineData("2.8. Đối với Người cao tuổi", "2.8. Đối với Người cao tuổi")]
    [InlineData("1. Mục đích", "1\\. Mục đích")]
    [InlineData("a)\n1) b", "a)\n1\\) b")]
    [InlineData("giữa - dòng", "giữa - dòng")]
    public void CharactersWithAMarkdownMeaningAreEscaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));
}
