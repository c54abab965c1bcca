using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Core.Tests.Corpus.Ids;

/// <summary>An id, once given, never changes and is never given to another document (the corpus's ids.json).</summary>
public sealed class PermanentIdsTests
{
    [Fact]
    public void ASecondDocumentNumbered100KhUbndGetsTheQualifiedIdAndThePlanKeepsItsOwn()
    {
        using var corpus = CopyOfRealCorpus();
        Load(corpus.Path, writeLedger: true);
        corpus.File("sources/ke-hoach-100-mau-thu.txt", FictionalDocuments.SecondPlan100);

        var kb = Load(corpus.Path, writeLedger: true).KnowledgeBase;

        Assert.NotNull(kb.FindDocument(DocumentId.Of("100-kh-ubnd-2024")));
        Assert.Equal("Ủy ban nhân dân tỉnh Hậu Giang", kb.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!.Metadata.Issuer);
        Assert.Equal("sources/ke-hoach-100-mau-thu.txt", kb.FindDocument(DocumentId.Of("100-kh-ubnd-2024-mau-thu"))?.SourcePath);
        Assert.True(kb.Find("100-kh-ubnd-2024").Document?.HasFullText);
    }

    [Fact]
    public void WithoutALedgerTwoNewDocumentsSharingANumberBothGetTheirPlace()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.SecondPlan100);
        corpus.File("sources/b.txt", FictionalDocuments.SecondPlan100.Replace("MẪU THỬ", "THỬ NGHIỆM", StringComparison.Ordinal).Replace("Mẫu Thử", "Thử Nghiệm", StringComparison.Ordinal));

        var ids = Load(corpus.Path, writeLedger: false).KnowledgeBase.Documents.Where(d => d.HasFullText).Select(d => d.Id.Value).ToList();

        Assert.Equal(["100-kh-ubnd-2024-mau-thu", "100-kh-ubnd-2024-thu-nghiem"], ids);
    }

    [Fact]
    public void ARemovedSourcesIdIsRetiredWithAReasonAndNeverGivenAgain()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.SecondPlan100);
        Load(corpus.Path, writeLedger: true);
        File.Delete(Path.Combine(corpus.Path, "sources", "a.txt"));

        var after = Load(corpus.Path, writeLedger: true).KnowledgeBase;

        Assert.Null(after.FindDocument(DocumentId.Of("100-kh-ubnd-2024")));
        var retired = after.FindRetired(DocumentId.Of("100-kh-ubnd-2024"));
        Assert.NotNull(retired);
        Assert.Null(retired.Successor);
        Assert.Equal(IdAssignment.RemovedReason, retired.Reason);
        Assert.Same(retired, after.Find("100-kh-ubnd-2024").Retired);

        // Another document with the same number later is a newcomer: the retired id is not handed to it.
        corpus.File("sources/b.txt", FictionalDocuments.SecondPlan100.Replace("MẪU THỬ", "THỬ NGHIỆM", StringComparison.Ordinal).Replace("Mẫu Thử", "Thử Nghiệm", StringComparison.Ordinal));
        var again = Load(corpus.Path, writeLedger: true).KnowledgeBase;
        Assert.Equal("100-kh-ubnd-2024-thu-nghiem", Assert.Single(again.Documents, d => d.HasFullText).Id.Value);
    }

    [Fact]
    public void ASourceThatComesBackGetsItsOldIdBack()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.SecondPlan100);
        Load(corpus.Path, writeLedger: true);
        File.Move(Path.Combine(corpus.Path, "sources", "a.txt"), Path.Combine(corpus.Path, "sources", "a.bak"));
        Load(corpus.Path, writeLedger: true);
        File.Move(Path.Combine(corpus.Path, "sources", "a.bak"), Path.Combine(corpus.Path, "sources", "a.txt"));

        var kb = Load(corpus.Path, writeLedger: true).KnowledgeBase;

        Assert.Equal("sources/a.txt", kb.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))?.SourcePath);
        Assert.Null(kb.FindRetired(DocumentId.Of("100-kh-ubnd-2024")));
    }

    [Fact]
    public void ARecordKnownByNameThatLaterGetsItsNumberPointsToItsSuccessor()
    {
        var named = new IdLedger([new IdLedgerEntry(DocumentId.Of("luat-thu-nghiem-kho"), ["name:luật thử nghiệm kho"])]);
        var candidates = new List<IdCandidate>
        {
            new(["source:sources/luat.txt", "number:99/2031/QH99@2031@", "name:luật thử nghiệm kho"], new DocumentMetadata { Number = DocumentNumber.Parse("99/2031/QH99") }, "sources/luat.txt"),
        };

        var (ids, ledger) = IdAssignment.Run(candidates, named, new DateOnly(2031, 1, 1));

        Assert.Equal("luat-thu-nghiem-kho", ids[0].Value);
        Assert.DoesNotContain(ledger.Entries, e => e.Retired is not null);
    }

    [Fact]
    public void TwoLedgerEntriesMeetingInOneDocumentLeaveTheWeakerPointingToTheStronger()
    {
        var ledger = new IdLedger(
        [
            new IdLedgerEntry(DocumentId.Of("99-2031-qh99"), ["source:sources/luat.txt", "number:99/2031/QH99@2031@"]),
            new IdLedgerEntry(DocumentId.Of("luat-thu-nghiem-kho"), ["name:luật thử nghiệm kho"]),
        ]);
        var candidates = new List<IdCandidate>
        {
            new(["source:sources/luat.txt", "number:99/2031/QH99@2031@", "name:luật thử nghiệm kho"], new DocumentMetadata { Number = DocumentNumber.Parse("99/2031/QH99") }, "sources/luat.txt"),
        };

        var (ids, next) = IdAssignment.Run(candidates, ledger, new DateOnly(2031, 1, 1));

        Assert.Equal("99-2031-qh99", ids[0].Value);
        var merged = Assert.Single(next.Retired);
        Assert.Equal("luat-thu-nghiem-kho", merged.Id.Value);
        Assert.Equal("99-2031-qh99", merged.Successor?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"ids\": 5}")]
    [InlineData("{\"ids\": [{\"id\": \"KHÔNG HỢP LỆ\", \"keys\": []}]}")]
    [InlineData("null")]
    public void ADamagedLedgerFileIsReportedNotThrown(string json)
    {
        var ledger = IdLedger.Parse(json, out var error);
        Assert.True(ledger is null ? error is not null : ledger.Entries.Count == 0);
    }

    [Fact]
    public void TheLedgerRoundTripsThroughItsFile()
    {
        var ledger = new IdLedger(
        [
            new IdLedgerEntry(DocumentId.Of("a-1"), ["source:sources/a.txt"]),
            new IdLedgerEntry(DocumentId.Of("b-2"), ["number:2/KH@2031@"], new RetiredDocument(DocumentId.Of("b-2"), DocumentId.Of("a-1"), "Lý do.", new DateOnly(2031, 2, 3))),
        ]);

        var again = IdLedger.Parse(ledger.ToJson(), out var error);

        Assert.Null(error);
        Assert.Equal(ledger.ToJson(), again!.ToJson());
        Assert.Equal(new DateOnly(2031, 2, 3), again.Entries[1].Retired?.RetiredOn);
    }

    [Fact]
    public void TheBundledCorpusLedgerHoldsExactlyItsOwnDocuments()
    {
        // A build of the bundled corpus writes nothing new: a test that indexed extra files into it would show here.
        var committed = File.ReadAllText(Path.Combine(RepoFiles.Corpus, IdLedger.FileName));

        Assert.Equal(committed, HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Load.Ledger.ToJson());
    }

    private static CorpusLoad Load(string corpus, bool writeLedger)
    {
        var load = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus));
        if (writeLedger)
        {
            Assert.Null(CorpusFiles.WriteLedger(corpus, load.Ledger));
        }

        return load;
    }

    private static TempFolder CopyOfRealCorpus()
    {
        var copy = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoFiles.Corpus, "*", SearchOption.AllDirectories))
        {
            copy.File(Path.GetRelativePath(RepoFiles.Corpus, file), File.ReadAllBytes(file));
        }

        return copy;
    }
}
