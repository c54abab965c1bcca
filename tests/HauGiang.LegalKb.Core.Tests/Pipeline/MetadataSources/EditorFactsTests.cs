using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Core.Tests.Pipeline.MetadataSources;

/// <summary>An editor's corrections, kept beside the source, win over what the text says, and the document knows which facts they gave.</summary>
public sealed class EditorFactsTests
{
    private static readonly string s_plan = FictionalDocuments.Plan9903;

    [Fact]
    public void CorrectionsWinOverTheTextAndAreRemembered()
    {
        var corrections = EditorFacts.ToJson(new Dictionary<string, string> { ["issuedOn"] = "10/10/2031", ["signer"] = "Nguyễn Văn Thử" });
        var file = new SourceFile("sources/ke-hoach.txt", System.Text.Encoding.UTF8.GetBytes(s_plan)) { Corrections = corrections };

        var parsed = KbPipeline.Default.Parse(file).Document!;

        Assert.Equal(new DateOnly(2031, 10, 10), parsed.Metadata.IssuedOn);
        Assert.Equal("Nguyễn Văn Thử", parsed.Metadata.Signer);
        Assert.Equal("9903/KH-UBND", parsed.Metadata.Number?.Value);
        Assert.Equal(DocumentFacts.IssuedOn | DocumentFacts.Signer, parsed.FromEditor);
        Assert.Equal(DocumentFacts.IssuedOn | DocumentFacts.Signer, parsed.ToDocument(DocumentId.Of("x")).FromEditor);
    }

    [Fact]
    public void WithoutCorrectionsNothingComesFromTheEditor()
    {
        var parsed = KbPipeline.Default.Parse(new SourceFile("sources/a.txt", System.Text.Encoding.UTF8.GetBytes(s_plan))).Document!;

        Assert.Equal(DocumentFacts.None, parsed.FromEditor);
        Assert.Equal(new DateOnly(2031, 9, 9), parsed.Metadata.IssuedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"issuedOn\": 5, \"unknown\": \"x\"}")]
    public void ASidecarThatIsNotAnObjectOfFactsGivesNothing(string json) =>
        Assert.Equal(DocumentFacts.None, EditorFacts.Parse(json).Known);

    [Fact]
    public void TheSidecarIsNotASourceButPartOfTheFingerprintAndIsReadWithItsSource()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/ke-hoach.txt", s_plan);
        var before = CorpusFiles.Fingerprint(CorpusLocation.Folder(corpus.Path));
        corpus.File("sources/ke-hoach.txt" + EditorFacts.SidecarSuffix, "{ \"title\": \"Kế hoạch đã sửa tên\" }");

        Assert.Equal(["sources/ke-hoach.txt"], CorpusFiles.Sources(CorpusLocation.Folder(corpus.Path)).Files.Select(f => f.DisplayPath));
        Assert.NotEqual(before, CorpusFiles.Fingerprint(CorpusLocation.Folder(corpus.Path)));

        var load = new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(corpus.Path));
        var document = Assert.Single(load.KnowledgeBase.Documents, d => d.HasFullText);
        Assert.Equal("Kế hoạch đã sửa tên", document.Metadata.Title);
        Assert.Equal(DocumentFacts.Title, document.FromEditor);
        Assert.Single(load.Report.Files);
    }

    [Fact]
    public void TheArchiveFolderIsNotWalked()
    {
        using var corpus = new TempFolder();
        corpus.File("sources/ke-hoach.txt", s_plan);
        corpus.File($"{CorpusFiles.ArchiveFolder}/2031/ke-hoach.txt", s_plan);

        Assert.Single(CorpusFiles.Sources(CorpusLocation.Folder(corpus.Path)).Files);
    }
}
