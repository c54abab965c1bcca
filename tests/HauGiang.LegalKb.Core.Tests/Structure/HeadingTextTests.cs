using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Tests.Structure;

public sealed class HeadingTextTests
{
    [Theory]
    // A heading that carries its body: the short name before the colon is the title.
    [InlineData("Đối với Người cao tuổi: Phát huy uy tín.", "Đối với Người cao tuổi", 24)]
    // A title ending in a colon has no body on its line.
    [InlineData("Mục tiêu cụ thể:", "Mục tiêu cụ thể", -1)]
    // A sentence is body, not title.
    [InlineData("Ban Dân tộc tỉnh chủ trì, phối hợp tổ chức thực hiện.", null, 0)]
    [InlineData("Xử lý nghiêm vi phạm;", null, 0)]
    // A name without final punctuation is a title.
    [InlineData("MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH, YÊU CẦU", -1)]
    // A colon after a long clause is part of a sentence, not the end of a title.
    [InlineData("Tổ chức nghiên cứu, học tập. Quán triệt nội dung sau: một, hai.", null, 0)]
    [InlineData("", null, -1)]
    public void SplitTitleSeparatesTitleFromBody(string rest, string? title, int bodyOffset)
    {
        Assert.Equal((title, bodyOffset), HeadingText.SplitTitle(rest));
    }

    [Theory]
    [InlineData("I", 1)]
    [InlineData("IV", 4)]
    [InlineData("IX", 9)]
    [InlineData("XIV", 14)]
    [InlineData("IIII", 0)]
    [InlineData("VX", 0)]
    [InlineData("ABC", 0)]
    public void RomanValueAcceptsOnlyWellFormedNumerals(string numeral, int value)
    {
        Assert.Equal(value, HeadingText.RomanValue(numeral));
    }

    [Fact]
    public void PointLettersFollowTheVietnameseAlphabetWithoutFJWZ()
    {
        var letters = new List<string>();
        for (var letter = HeadingText.NextPointLetter(null); letter is not null; letter = HeadingText.NextPointLetter(letter))
        {
            letters.Add(letter);
        }

        Assert.Equal("a b c d đ e g h i k l m n o p q r s t u v x y", string.Join(' ', letters));
    }
}
