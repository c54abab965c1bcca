using System.Globalization;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Ocr;
using HauGiang.LegalKb.Core.Reading.Pdf;
using Xunit.Abstractions;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Scanned pages are recognised page by page, with progress, confidence and a time limit.</summary>
public sealed class PdfOcrTests(ITestOutputHelper output)
{
    // Tesseract's TSV for one page: a clear line, and a stroke of a signature read as "——_" at confidence 18.
    private const string OnePageTsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t300\t800\t100\t50\t90\tĐiều\n" +
        "5\t1\t1\t1\t1\t2\t420\t800\t40\t50\t96\t1.\n" +
        "5\t1\t1\t1\t1\t3\t480\t800\t90\t50\t93\tThử\n" +
        "5\t1\t1\t1\t1\t4\t590\t800\t180\t50\t95\tnghiệm.\n" +
        "5\t1\t2\t1\t1\t1\t300\t1500\t98\t9\t18\t——_\n";

    [Fact]
    public void RecognisedPagesGiveParagraphsTheMeanConfidenceAndPageProgress()
    {
        var png = HostilePdfs.GrayPng();
        var progress = new List<string>();
        var file = new SourceFile("sources/scan.pdf", HostilePdfs.ImageOnly(png, png)) { Progress = progress.Add };

        var result = new FakeTools { Tsv = OnePageTsv }.Reader().Read(file);

        Assert.True(result.Success, result.Error);
        Assert.Equal("pdf-ocr", result.Text.Format);
        Assert.Equal(2, result.Text.Pages);
        Assert.Equal(93.5, result.Text.OcrConfidence);
        Assert.Equal(["Điều 1. Thử nghiệm.", "Điều 1. Thử nghiệm."], result.Text.Paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2], result.Text.Paragraphs.Select(p => p.Layout!.Page!.Value));
        Assert.Equal(
            [string.Format(CultureInfo.InvariantCulture, PdfOcr.ProgressFormat, 1, 2), string.Format(CultureInfo.InvariantCulture, PdfOcr.ProgressFormat, 2, 2)],
            progress);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrUsed, 94), result.Warnings);
    }

    [OcrFact]
    public void ScannedPageOfTheFictionalDecisionComesBackWithAtLeast98PercentOfItsLettersAndDigits()
    {
        var (pdf, firstPage) = FictionalPdf.Build();
        using var folder = new TempFolder();
        var pdfPath = folder.File("decision.pdf", pdf);
        var render = ExternalTool.Run(
            ExternalTool.Find("pdftoppm")!,
            ["-r", "300", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1", pdfPath, Path.Combine(folder.Path, "page")],
            TimeSpan.FromMinutes(1));
        Assert.True(render.Succeeded, render.Error);
        var scan = HostilePdfs.ImageOnly(File.ReadAllBytes(Path.Combine(folder.Path, "page.png")));

        var result = new PdfReader().Read(new SourceFile("sources/scan.pdf", scan));

        Assert.True(result.Success, result.Error);
        var text = string.Join("\n", result.Text.Paragraphs.Select(p => p.Text));
        output.WriteLine(text);

        // One page alone has no repeated running head to recognise as such: it stays, as its first line.
        var similarity = TextSimilarity.Of(FictionalPdf.RunningHead + " " + firstPage, text);
        output.WriteLine($"letters and digits right: {similarity:P2}, confidence {result.Text.OcrConfidence}");
        Assert.Equal("pdf-ocr", result.Text.Format);
        Assert.True(similarity >= 0.98, $"{similarity:P2} of letters and digits right");
    }
}
