using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Fact]
    public void NormalizeComposesDecomposedText()
    {
        var decomposed = "Nghị quyết".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nghị quyết", decomposed);
        Assert.Equal("Nghị quyết", VietnameseText.Normalize(decomposed));
    }

    [Theory]
    [InlineData("\u00D0ẩy mạnh", "Đẩy mạnh")]
    [InlineData("\u00D0OÀN KẾT", "ĐOÀN KẾT")]
    [InlineData("\u00F0oàn", "đoàn")]
    // An eth that is not part of a word is left as it is.
    [InlineData("ký hiệu \u00D0 .", "ký hiệu \u00D0 .")]
    public void EthUsedAsALetterBecomesDStroke(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input));
    }

    [Theory]
    [InlineData("Đảng bộ tỉnh Hậu Giang", "Dang bo tinh Hau Giang")]
    [InlineData("hoá", "hoa")]
    public void RemoveDiacriticsFoldsToAscii(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.RemoveDiacritics(input));
    }

    [Theory]
    [InlineData("100/KH-UBND", "100-kh-ubnd")]
    [InlineData("  Hậu Giang ", "hau-giang")]
    [InlineData("Điều 5. Khoản 2", "dieu-5-khoan-2")]
    public void SlugifyGivesLowerCaseAsciiWithHyphens(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Slugify(input));
    }

    [Fact]
    public void NoBreakSpacesAreSpaces()
    {
        Assert.True(VietnameseText.IsBlank("\u00A0 \u00A0"));
        Assert.Equal("a", VietnameseText.TrimSpaces("\u00A0a\u00A0"));
    }

    [Fact]
    public void ALoneSurrogateNeverThrows()
    {
        var broken = "Đoàn \uD800 kết";
        Assert.Equal("Đoàn \uFFFD kết", VietnameseText.Normalize(broken));
        Assert.Equal("Doan \uFFFD ket", VietnameseText.RemoveDiacritics(broken));
        Assert.Equal("doan-ket", VietnameseText.Slugify(broken));
    }
}
