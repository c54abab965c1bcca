using HauGiang.LegalKb.Tests.Shared;
using System.Text;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Storage;

namespace HauGiang.LegalKb.Core.Tests.Storage;

/// <summary>A slow read (OCR, a Word 97 conversion) is paid once per file content, not at every build.</summary>
public sealed class ReadCacheFolderTests
{
    [Fact]
    public void ASlowReadOfUnchangedBytesIsTakenFromTheCacheWithEveryFact()
    {
        using var corpus = new TempFolder();
        using var index = new TempFolder();
        corpus.File("sources/ban-quet.slow", FictionalDocuments.Plan9903);
        var reader = new SlowReader();
        var pipeline = new KbPipelineBuilder().UseReader(reader).Build();
        var cache = new ReadCacheFolder(index.Path);

        var first = new CorpusLoader(pipeline, readCache: cache).Load(CorpusLocation.Folder(corpus.Path));
        var second = new CorpusLoader(pipeline, readCache: cache).Load(CorpusLocation.Folder(corpus.Path));

        Assert.Equal(1, reader.Reads);
        var before = first.KnowledgeBase.Documents.Single(d => d.HasFullText);
        var after = second.KnowledgeBase.Documents.Single(d => d.HasFullText);
        Assert.Equal(before.CleanedText, after.CleanedText);
        Assert.Equal(before.Source, after.Source);
        Assert.Equal(before.AllSections().Select(s => s.Id), after.AllSections().Select(s => s.Id));
        Assert.Equal(first.Report.Files[0].Warnings, second.Report.Files[0].Warnings);
    }

    [Fact]
    public void ChangedBytesAreReadAgainAndAFastReadIsNotKept()
    {
        using var index = new TempFolder();
        var cache = new ReadCacheFolder(index.Path);
        var slow = new SlowReader();
        var pipeline = new KbPipelineBuilder().UseReader(slow).Build();

        pipeline.Parse(new SourceFile("a.slow", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903)), cache);
        pipeline.Parse(new SourceFile("a.slow", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903 + "\n2. Thêm một dòng.")), cache);
        KbPipeline.Default.Parse(new SourceFile("b.txt", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903)), cache);

        Assert.Equal(2, slow.Reads);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(index.Path, ReadCacheFolder.FolderName)).Length);
    }

    [Fact]
    public void ADamagedCacheEntryIsReadAgainNotTrusted()
    {
        using var index = new TempFolder();
        var cache = new ReadCacheFolder(index.Path);
        var slow = new SlowReader();
        var pipeline = new KbPipelineBuilder().UseReader(slow).Build();
        var file = new SourceFile("a.slow", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903));
        pipeline.Parse(file, cache);
        foreach (var entry in Directory.GetFiles(Path.Combine(index.Path, ReadCacheFolder.FolderName)))
        {
            File.WriteAllText(entry, "{ \"text\": ");
        }

        var again = pipeline.Parse(file, cache);

        Assert.True(again.Success);
        Assert.Equal(2, slow.Reads);
    }

    // A reader as slow as OCR is per page, with layout facts and OCR facts to keep.
    private sealed class SlowReader : ISourceReader
    {
        private int _reads;

        public int Reads => _reads;

        public bool CanRead(string extension) => extension == ".slow";

        public ReadResult Read(SourceFile file)
        {
            Interlocked.Increment(ref _reads);
            Thread.Sleep(600);
            var paragraphs = Paragraphs.FromLines(Encoding.UTF8.GetString(file.Bytes))
                .Select((p, i) => p with { Layout = new ParagraphLayout(Bold: i == 0, Alignment: ParagraphAlignment.Center, Page: 1 + i / 10) })
                .ToList();
            return ReadResult.Ok(
                new SourceText("pdf-ocr", "binary", paragraphs, new Dictionary<string, string> { ["title"] = "Bản quét" }) { Pages = 2, OcrConfidence = 88.5 },
                ["Văn bản nhận dạng từ bản quét."]);
        }
    }
}
