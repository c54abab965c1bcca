using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>The date a text gives itself, and the date words of a header.</summary>
public sealed class DocumentDatesTests
{
    [Fact]
    public void ALawIsDatedTheDayItWasPassed()
    {
        string[] text = ["Điều 1. Thử nghiệm.", "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2031."];

        Assert.Equal(new DateOnly(2031, 6, 25), DocumentDates.Find(text, null));
    }

    [Fact]
    public void AnAttachedTextDatesTheDocumentOnlyByItsOwnNumber()
    {
        string[] text =
        [
            "(Ban hành kèm theo Quyết định số 9901/QĐ-UBND ngày 15 tháng 3 năm 2031 của Ủy ban nhân dân tỉnh)",
            "(Ban hành kèm theo Quyết định số 9979/QĐ-UBND ngày 20/4/2031 của Ủy ban nhân dân tỉnh)",
        ];

        Assert.Equal(new DateOnly(2031, 4, 20), DocumentDates.Find(text, DocumentNumber.Parse("9979/QĐ-UBND")));
        Assert.Null(DocumentDates.Find(text, DocumentNumber.Parse("9980/QĐ-UBND")));
        Assert.Null(DocumentDates.Find(text, null));
    }

    [Fact]
    public void AnotherLawsPassingIsNotThisDocumentsDate()
    {
        string[] text = ["Luật Thử nghiệm được Quốc hội thông qua ngày 01 tháng 01 năm 2030 quy định như sau."];

        Assert.Null(DocumentDates.Find(text, null));
    }

    [Theory]
    [InlineData("07", "3", "2031", "2031-03-07")]
    [InlineData("mười lăm", "ba", "2031", "2031-03-15")]
    [InlineData("hai mươi mốt", "mười hai", "2031", "2031-12-21")]
    [InlineData("mồng một", "giêng", "2031", "2031-01-01")]
    [InlineData("", "8", "2031", null)]
    [InlineData("…", "…", "2031", null)]
    [InlineData("31", "2", "2031", null)]
    public void DayAndMonthInDigitsOrWords(string day, string month, string year, string? expected)
    {
        Assert.Equal(expected, VietnameseDate.FromParts(day, month, year)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
