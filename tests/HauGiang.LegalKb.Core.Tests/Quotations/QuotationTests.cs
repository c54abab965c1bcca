using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Core.Tests.Quotations;

public sealed class QuotationTests
{
    private static Quotation Sample(string text) => new(text, "Đầy đủ", "Thông thường", "Rút gọn", "http://localhost:5080/van-ban/x/y");

    [Fact]
    public void PlainTextKeepsTheTextUntouchedBetweenVietnameseQuotes()
    {
        const string text = "Dòng một *không* đổi.\nDòng hai <b>.";

        Assert.Equal($"“{text}”\n(Rút gọn)\nhttp://localhost:5080/van-ban/x/y", Sample(text).PlainText(CitationForm.Short));
    }

    [Fact]
    public void MarkdownKeepsEachLineOfTheTextItsOwnParagraph()
    {
        // Two lines of a document are two paragraphs: "> a\n> b" would join them into one.
        Assert.Equal("> Dòng một\n>\n> Dòng hai\n\n— [Rút gọn](<http://localhost:5080/van-ban/x/y>)", Sample("Dòng một\nDòng hai").Markdown(CitationForm.Short));
    }

    [Fact]
    public void MarkdownQuotesEveryLineAndLinksTheCitation()
    {
        Assert.Equal(
            "> Dòng một\n>\n> \\- dòng ba\n\n— [Đầy đủ](<http://localhost:5080/van-ban/x/y>)",
            Sample("Dòng một\n\n- dòng ba").Markdown(CitationForm.Full));
    }

    [Fact]
    public void QuotingASectionTakesItsTextExactly()
    {
        var section = RepoFiles.Plan.AllSections().First(s => s.EId == "part_III__sec_2__subsec_2-8");
        var quotation = Quotation.Of(RepoFiles.Plan, section, "http://x");

        Assert.Equal(section.Text, quotation.Text);
        Assert.Equal(section.TextSpan.Slice(RepoFiles.Plan.CleanedText), quotation.Text);
    }

    [Fact]
    public void QuotingAParentUnitTakesEverythingUnderItInOrderWithTheSubHeadings()
    {
        var plan = RepoFiles.Plan;
        var part = plan.AllSections().First(s => s.EId == "part_III");
        var quotation = Quotation.Of(plan, part, "http://x");

        // Not the heading alone: every sub-unit's heading and text, in document order, exactly as the document has them.
        Assert.StartsWith("1. Nâng cao nhận thức", quotation.Text, StringComparison.Ordinal);
        var at = -1;
        foreach (var unit in part.DescendantsAndSelf().Skip(1))
        {
            var heading = quotation.Text.IndexOf(unit.Heading!, at + 1, StringComparison.Ordinal);
            Assert.True(heading > at, $"{unit.EId} missing or out of order");
            Assert.Contains(unit.Text, quotation.Text, StringComparison.Ordinal);
            at = heading;
        }

        Assert.Equal(UnitText.Whole(plan, part).Slice(plan.CleanedText), quotation.Text);
        Assert.False(char.IsWhiteSpace(quotation.Text[^1]));
        Assert.Equal("Phần III Kế hoạch số 100/KH-UBND", quotation.Short);
    }

    [Fact]
    public void AUnitsOpeningAloneIsItsOwnTextBeforeItsFirstSubUnit()
    {
        var leaf = RepoFiles.Plan.AllSections().First(s => s.EId == "part_III__sec_2__subsec_2-8");
        var parent = RepoFiles.Plan.AllSections().First(s => s.EId == "part_III");

        Assert.False(UnitText.HasIntro(leaf));
        Assert.False(UnitText.HasIntro(parent));
        Assert.Equal(leaf.Text, UnitText.IntroOf(leaf));
        Assert.Equal(parent.Heading, UnitText.IntroOf(parent));
    }
}
