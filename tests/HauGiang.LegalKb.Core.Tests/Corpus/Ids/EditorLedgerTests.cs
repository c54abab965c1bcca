using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Core.Tests.Corpus.Ids;

/// <summary>What an editor's replacement and withdrawal tell the id ledger: a replacement keeps the id, a withdrawal keeps its reason.</summary>
public sealed class EditorLedgerTests
{
    private static readonly DocumentId s_id = DocumentId.Of("9903-kh-ubnd-2031");

    // The same plan renumbered, as a corrected text would be: its number alone would give it a new id.
    private static readonly string s_renumbered = FictionalDocuments.Plan9903.Replace("9903/KH-UBND", "9913/KH-UBND", StringComparison.Ordinal);

    [Fact]
    public void AReplacementUnderAnotherNameAndNumberKeepsTheIdThroughTheLedgersHint()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.Plan9903);
        Assert.Equal(s_id, Single(Load(corpus.Path)).Id);

        File.Delete(Path.Combine(corpus.Path, "sources", "a.txt"));
        corpus.File("sources/b.txt", s_renumbered);
        var (ledger, _) = CorpusFiles.ReadLedger(corpus.Path);
        CorpusFiles.WriteLedger(corpus.Path, ledger.WithKey(s_id, DocumentKeys.SourceKey("sources/b.txt")));

        var replaced = Load(corpus.Path);
        Assert.Equal(s_id, Single(replaced).Id);
        Assert.Equal("9913/KH-UBND", Single(replaced).Metadata.Number?.Value);
        Assert.Empty(replaced.Retired);
    }

    [Fact]
    public void WithoutTheHintTheRenumberedTextWouldGetANewId()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.Plan9903);
        Load(corpus.Path);
        File.Delete(Path.Combine(corpus.Path, "sources", "a.txt"));
        corpus.File("sources/b.txt", s_renumbered);

        Assert.NotEqual(s_id, Single(Load(corpus.Path)).Id);
    }

    [Fact]
    public void AWithdrawnIdKeepsTheEditorsReasonEvenWhileAnotherDocumentStillCitesIt()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.Plan9903);
        corpus.File("sources/b.txt", FictionalDocuments.CitingPlan9905);
        Load(corpus.Path);

        File.Delete(Path.Combine(corpus.Path, "sources", "a.txt"));
        var (ledger, _) = CorpusFiles.ReadLedger(corpus.Path);
        CorpusFiles.WriteLedger(corpus.Path, ledger.Retiring(s_id, "Thu hồi để sửa sai sót.", new DateOnly(2031, 12, 1)));
        var after = Load(corpus.Path);

        var retired = after.FindRetired(s_id);
        Assert.NotNull(retired);
        Assert.Equal("Thu hồi để sửa sai sót.", retired.Reason);
        Assert.True(retired.Withdrawn);
        Assert.Null(after.FindDocument(s_id));

        // The citation now lands on a reference-only record under another id; the withdrawn id stays withdrawn.
        var cited = Assert.Single(after.Documents, d => !d.HasFullText && d.Metadata.Number?.Value == "9903/KH-UBND");
        Assert.NotEqual(s_id, cited.Id);
        Assert.True(CorpusFiles.ReadLedger(corpus.Path).Ledger.Entries.Single(e => e.Id == s_id).Retired?.Withdrawn);
    }

    [Fact]
    public void AWithdrawnDocumentsOwnSourceComingBackGetsItsIdBack()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/a.txt", FictionalDocuments.Plan9903);
        Load(corpus.Path);
        File.Delete(Path.Combine(corpus.Path, "sources", "a.txt"));
        var (ledger, _) = CorpusFiles.ReadLedger(corpus.Path);
        CorpusFiles.WriteLedger(corpus.Path, ledger.Retiring(s_id, "Thu hồi.", new DateOnly(2031, 12, 1)));
        Load(corpus.Path);

        corpus.File("sources/a.txt", FictionalDocuments.Plan9903);
        Assert.Equal(s_id, Single(Load(corpus.Path)).Id);
    }

    private static LegalDocument Single(KnowledgeBase kb) => Assert.Single(kb.Documents, d => d.HasFullText);

    private static KnowledgeBase Load(string corpus)
    {
        var load = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus));
        Assert.Null(CorpusFiles.WriteLedger(corpus, load.Ledger));
        return load.KnowledgeBase;
    }
}
