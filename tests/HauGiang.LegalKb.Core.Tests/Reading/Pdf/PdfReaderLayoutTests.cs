using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>The text layer of a fictional three-page decision comes back in reading order, in whole paragraphs.</summary>
public sealed class PdfReaderLayoutTests
{
    private static readonly Lazy<ReadResult> s_result = new(() =>
        new PdfReader().Read(new SourceFile("sources/qd-9901-thu-nghiem.pdf", FictionalPdf.Build().Pdf)));

    private static SourceText Text
    {
        get
        {
            Assert.True(s_result.Value.Success, s_result.Value.Error);
            return s_result.Value.Text;
        }
    }

    private static List<string> Texts => [.. Text.Paragraphs.Select(p => p.Text)];

    [FontFact]
    public void TextLayerIsReadAsPdfWithItsPageCountAndNoOcr()
    {
        Assert.Equal("pdf", Text.Format);
        Assert.Equal("binary", Text.Encoding);
        Assert.Equal(3, Text.Pages);
        Assert.Null(Text.OcrConfidence);
        Assert.Empty(s_result.Value.Warnings);
    }

    [FontFact]
    public void ParagraphsComeBackInReadingOrderWithoutRunningHeadsOrPageNumbers()
    {
        string[] expected =
        [
            .. FictionalPdf.HeaderLeft, .. FictionalPdf.HeaderRight, FictionalPdf.Title, FictionalPdf.Subject,
            .. FictionalPdf.Preamble, FictionalPdf.Enacting, .. FictionalPdf.Articles, .. FictionalPdf.Recipients, .. FictionalPdf.Signature,
        ];

        Assert.Equal(expected, Texts);
    }

    [FontFact]
    public void HeaderColumnsComeOutLeftBlockThenRightBlockNeverInterleaved()
    {
        var header = Text.Paragraphs.Take(6).ToList();

        Assert.Equal([.. FictionalPdf.HeaderLeft, .. FictionalPdf.HeaderRight], header.Select(p => p.Text));
        Assert.All(header, p => Assert.True(p.Layout!.InTable));
        Assert.DoesNotContain(Texts, t => t.Contains("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) && t.Contains("CỘNG HÒA", StringComparison.Ordinal));
    }

    [FontFact]
    public void CentredBoldTitleIsMarkedCentredBoldAndLarger()
    {
        var title = Text.Paragraphs.Single(p => p.Text == FictionalPdf.Title).Layout!;
        var subject = Text.Paragraphs.Single(p => p.Text == FictionalPdf.Subject).Layout!;

        Assert.Equal((true, ParagraphAlignment.Center, 14.0, false, 1), (title.Bold, title.Alignment, title.FontSizePoints!.Value, title.InTable, title.Page!.Value));
        Assert.Equal((true, ParagraphAlignment.Center), (subject.Bold, subject.Alignment));
    }

    [FontFact]
    public void BodyParagraphsAreJustifiedPlainTextWithTheirFirstLineIndent()
    {
        var article = Text.Paragraphs.Single(p => p.Text == FictionalPdf.Articles[0]).Layout!;

        Assert.Equal((false, ParagraphAlignment.Justify, 12.0, false), (article.Bold, article.Alignment, article.FontSizePoints!.Value, article.InTable));
        Assert.Equal(28, article.IndentPoints, 0.5);
    }

    [FontFact]
    public void ParagraphCutByAPageBreakIsOneParagraphStartingOnItsFirstPage()
    {
        var cut = Text.Paragraphs.Single(p => p.Text == FictionalPdf.CutArticle);

        Assert.Equal(1, cut.Layout!.Page);
    }

    [FontFact]
    public void SignatureBlockGivesTheRecipientsThenTheSigningAuthorityAndName()
    {
        var texts = Texts;
        var recipients = texts.IndexOf(FictionalPdf.Recipients[0]);
        var authority = texts.IndexOf(FictionalPdf.Signature[0]);

        Assert.True(recipients > texts.IndexOf(FictionalPdf.Articles[^1]));
        Assert.Equal(FictionalPdf.Recipients, texts.Skip(recipients).Take(FictionalPdf.Recipients.Length));
        Assert.Equal(FictionalPdf.Signature, texts.Skip(authority).Take(FictionalPdf.Signature.Length));
        Assert.True(authority > recipients);
        Assert.Equal(ParagraphAlignment.Left, Text.Paragraphs[recipients + 1].Layout!.Alignment);
    }
}
