using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Corpus;

/// <summary>One bad file is reported with its path and reason and skipped; every other file is indexed.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void EveryKindOfBadFileIsSkippedWithItsReasonAndThePlanIsStillIndexed()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/100-KH-UBND-2024.lawnet.txt", File.ReadAllBytes(RepoFiles.PlanPath));
        corpus.File("sources/empty.txt", []);
        corpus.File("sources/spaces.txt", "   \n\u00A0\u00A0\n");
        corpus.File("sources/picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        corpus.File("sources/broken.html", "<html><head><script>var a = 1;</script><style>p{}</style></head><body><nav>Trang chủ</nav></body>");
        corpus.File("sources/tcvn3.txt", File.ReadAllBytes(RepoFiles.Fixture("encodings", "tcvn3.txt")));
        corpus.File("sources/scan.pdf", "%PDF-1.7 cut short before any object");
        corpus.File("sources/slides.odp", "not a format we read");
        var huge = Path.Combine(corpus.Path, "sources", "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        // A link whose target is gone cannot be opened.
        File.CreateSymbolicLink(Path.Combine(corpus.Path, "sources", "gone.txt"), Path.Combine(corpus.Path, "nowhere.txt"));

        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        var skipped = report.Files.Where(f => !f.Indexed).ToDictionary(f => f.Path, f => f.Reason);
        Assert.Equal(ReadErrors.Empty, skipped["sources/empty.txt"]);
        Assert.Equal(ReadErrors.Empty, skipped["sources/spaces.txt"]);
        Assert.Equal(ReadErrors.Binary, skipped["sources/picture.txt"]);
        Assert.Equal(ReadErrors.NoHtmlBody, skipped["sources/broken.html"]);
        Assert.Equal(ReadErrors.UnknownEncoding, skipped["sources/tcvn3.txt"]);
        Assert.Equal(ReadErrors.PdfDamaged, skipped["sources/scan.pdf"]);
        Assert.Equal(ReadErrors.UnsupportedFormat, skipped["sources/slides.odp"]);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.TooLarge, 20), skipped["sources/huge.txt"]);
        Assert.StartsWith("Không đọc được tệp:", skipped["sources/gone.txt"]);
        Assert.Equal(9, skipped.Count);

        var plan = Assert.Single(report.Files, f => f.Indexed);
        Assert.Equal("100-kh-ubnd-2024", plan.DocumentId);
        Assert.Equal(39, knowledgeBase.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!.AllSections().Count());
    }

    [Fact]
    public void BrokenCatalogueIsReportedAndTheSourcesAreStillIndexed()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/plan.txt", File.ReadAllBytes(RepoFiles.PlanPath));
        corpus.File(Catalogue.FileName, "{ \"documents\": [ { \"number\": ");

        var (knowledgeBase, report) = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));

        Assert.StartsWith("Danh mục văn bản không hợp lệ", report.CatalogueError);
        Assert.NotNull(knowledgeBase.FindDocument(DocumentId.Of("100-kh-ubnd-2024")));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{ \"documents\": 5 }")]
    public void CatalogueOfTheWrongShapeIsExplainedInVietnameseWithoutTheSerializersWords(string json)
    {
        Assert.Null(Catalogue.Parse(json, out var error));

        Assert.StartsWith("Danh mục văn bản không hợp lệ (dòng 1, ký tự", error);
        Assert.Contains("\"documents\"", error);
        Assert.DoesNotContain("JSON value", error);
        Assert.DoesNotContain("HauGiang", error);
    }

    [Fact]
    public void MissingCorpusFolderIsAUserError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "legalkb-no-such-corpus-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CorpusNotFoundException>(() => new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(missing)));
        Assert.Equal($"Không tìm thấy thư mục kho văn bản: {missing}", error.Message);
    }

    [Fact]
    public void GarbageNeverThrowsThroughThePipeline()
    {
        var random = new Random(20240502);
        var extensions = new[] { ".txt", ".html", ".md" };
        var plan = File.ReadAllBytes(RepoFiles.PlanPath);
        for (var i = 0; i < 300; i++)
        {
            // Slices of the plan, flipped bytes and pure noise.
            var bytes = i % 3 == 0
                ? plan.AsSpan(random.Next(plan.Length / 2), random.Next(1, plan.Length / 2)).ToArray()
                : Enumerable.Range(0, random.Next(0, 400)).Select(_ => (byte)random.Next(256)).ToArray();
            if (i % 3 == 1)
            {
                bytes = [.. plan.Take(2000)];
                bytes[random.Next(bytes.Length)] ^= 0xFF;
            }

            var result = KbPipeline.Default.Parse(new SourceFile("noise" + extensions[i % 3], bytes));
            Assert.True(result.Success || result.Error!.Length > 0);
        }
    }
}
