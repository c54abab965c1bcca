using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Core.Tests.Quotations;

public sealed class QuotationTests
{
    private static Quotation Sample(string text) => new(text, "Đầy đủ", "Thông thường", "Rút gọn", "http://localhost:5080/van-ban/x/y");

    [Fact]
    public void PlainTextKeepsTheTextUntouchedBetweenGuillemets()
    {
        const string text = "Dòng một *không* đổi.\nDòng hai <b>.";

        Assert.Equal($"«{text}»\n(Rút gọn)\nhttp://localhost:5080/van-ban/x/y", Sample(text).PlainText(CitationForm.Short));
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
}
