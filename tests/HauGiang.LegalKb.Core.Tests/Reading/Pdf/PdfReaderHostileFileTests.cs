using System.Globalization;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Bad PDFs give a reason in Vietnamese, never an exception.</summary>
public sealed class PdfReaderHostileFileTests
{
    private static ReadResult Read(byte[] bytes, PdfReader? reader = null) =>
        (reader ?? new FakeTools().Reader()).Read(new SourceFile("sources/hostile.pdf", bytes));

    [Fact]
    public void PasswordProtectedPdfIsReportedAsSuch()
    {
        Assert.Equal(ReadErrors.PdfEncrypted, Read(HostilePdfs.Encrypted()).Error);
    }

    [Fact]
    public void TruncatedPdfIsReportedAsDamaged()
    {
        var whole = HostilePdfs.BlankPages(3);

        Assert.Equal(ReadErrors.PdfDamaged, Read(whole[..(whole.Length / 2)]).Error);
    }

    [Fact]
    public void GarbageAfterAPdfHeaderIsReportedAsDamaged()
    {
        var random = new Random(9901);
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 5000).Select(_ => (byte)random.Next(256))).ToArray();

        Assert.Equal(ReadErrors.PdfDamaged, Read(bytes).Error);
    }

    [Fact]
    public void FileThatIsNoPdfIsSaidSoAndAnEmptyOneIsEmpty()
    {
        Assert.Equal(ReadErrors.PdfNotPdf, Read("<html><body>Quyết định</body></html>"u8.ToArray()).Error);
        Assert.Equal(ReadErrors.Empty, Read([]).Error);
    }

    [Fact]
    public void PdfLongerThanThePageLimitIsRefusedWithItsPageCount()
    {
        var result = Read(HostilePdfs.BlankPages(1001));

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfTooManyPages, 1001, 1000), result.Error);
    }

    [Fact]
    public void PdfWithAPageLargerThanAnA0PosterIsRefusedBeforeAnyPageIsDrawn()
    {
        var result = Read(HostilePdfs.HugePage(14_400));

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfPageTooLarge, 2, 508, 508, 123), result.Error);
    }

    [Fact]
    public void PdfOfBlankPagesHasNoText()
    {
        Assert.Equal(ReadErrors.NoText, Read(HostilePdfs.BlankPages(2)).Error);
    }

    [Fact]
    public void ScanWithoutTheOcrToolsNamesTheDebianPackagesToInstall()
    {
        var tools = new FakeTools { MissingTool = "tesseract" };

        var result = Read(HostilePdfs.ImageOnly(HostilePdfs.GrayPng()), tools.Reader());

        Assert.Equal(ReadErrors.PdfOcrUnavailable, result.Error);
        Assert.Contains("tesseract-ocr, tesseract-ocr-vie và poppler-utils", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, tools.PagesRendered);
    }

    [Fact]
    public void ScanWithMorePagesThanTheOcrLimitIsRefusedBeforeAnyPageIsRendered()
    {
        var tools = new FakeTools();
        var png = HostilePdfs.GrayPng();

        var result = Read(HostilePdfs.ImageOnly(png, png, png), tools.Reader(new PdfReaderOptions { MaxOcrPages = 2 }));

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfTooManyOcrPages, 3, 2), result.Error);
        Assert.Equal(0, tools.PagesRendered);
    }

    [Fact]
    public void ScanWhoseEveryPageTimesOutFailsWithNothingRecognised()
    {
        var result = Read(HostilePdfs.ImageOnly(HostilePdfs.GrayPng()), new FakeTools { TimesOut = true }.Reader());

        Assert.Equal(ReadErrors.PdfOcrFoundNothing, result.Error);
    }

    [Fact]
    public void AScanWhoseTimeBudgetIsSpentStopsRecognisingAndSaysWhichPagesItSkipped()
    {
        var tools = new FakeTools();
        var png = HostilePdfs.GrayPng();
        using var spent = new CancellationTokenSource();
        spent.Cancel();

        var result = tools.Reader().Read(new SourceFile("sources/hostile.pdf", HostilePdfs.ImageOnly(png, png, png)) { Budget = spent.Token });

        Assert.Equal(0, tools.PagesRendered);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrOutOfTime, "1, 2, 3"), result.Error);
    }

    [Fact]
    public void EveryReaderHasATimeBudgetAndThePdfReadersAllowsForOcr()
    {
        Assert.All(Core.Pipeline.KbPipeline.Default.Readers, r => Assert.InRange(((ISourceReader)r).TimeBudget, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));
        Assert.True(((ISourceReader)new PdfReader()).TimeBudget > ((ISourceReader)new PlainTextReader()).TimeBudget);
    }
}
