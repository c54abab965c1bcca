using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Corpus;

/// <summary>The real corpus becomes the plan plus a reference-only record for each catalogued document.</summary>
public sealed class KnowledgeBaseTests
{
    private static readonly Lazy<KnowledgeBase> s_real =
        new(() => HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value);

    [Fact]
    public void RealCorpusHasThePlanAndEighteenReferenceOnlyDocuments()
    {
        var documents = s_real.Value.Documents;
        Assert.Equal(19, documents.Count);
        Assert.Equal("100-kh-ubnd-2024", documents[0].Id.Value);
        Assert.True(documents[0].HasFullText);
        Assert.Equal(18, documents.Count(d => !d.HasFullText));
    }

    [Theory]
    [InlineData("43-nq-tw-2023", "43-NQ/TW", "Nghị quyết", "2023-11-24")]
    [InlineData("226-ctr-tu-2024", "226-CTr/TU", "Chương trình", "2024-01-12")]
    [InlineData("59-2023-nd-cp", "59/2023/NĐ-CP", "Nghị định", "2023-08-14")]
    [InlineData("217-qd-tw-2013", "217-QĐ/TW", "Quyết định", "2013-12-12")]
    [InlineData("977-qd-tu-2022", "977-QĐ/TU", "Quy định", "2022-03-15")]
    public void ReferenceOnlyRecordsCarryTheCatalogueFacts(string id, string number, string type, string issued)
    {
        var document = s_real.Value.FindDocument(DocumentId.Of(id));
        Assert.NotNull(document);
        Assert.False(document.HasFullText);
        Assert.Equal(number, document.Metadata.Number?.Value);
        Assert.Equal(type, document.Metadata.Type?.Name);
        Assert.Equal(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture), document.Metadata.IssuedOn);
        Assert.Empty(document.Sections);
    }

    [Fact]
    public void LookupAcceptsIdsSectionIdsAndAnySpellingOfANumber()
    {
        var kb = s_real.Value;
        Assert.Equal("217-qd-tw-2013", kb.Find("217/QĐ-TW").Document?.Id.Value);
        Assert.Equal("43-nq-tw-2023", kb.Find("43 -NQ/TW").Document?.Id.Value);
        var section = kb.Find("100-kh-ubnd-2024/part_III__sec_2__subsec_2-8");
        Assert.Equal("Đối với Người cao tuổi", section.Section?.Title);
        Assert.Equal("100-kh-ubnd-2024", section.Document?.Id.Value);
        Assert.Same(Lookup.NotFound, kb.Find("khong-co"));
    }

    [Fact]
    public void TwoDocumentsWithOneNumberBothGetTheirPlaceAndABareNumberListsThem()
    {
        // Every province issues a 100/KH-UBND each year: here two fictional ones, of fictional provinces.
        var first = Fictional("9901/KH-UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm", new DateOnly(2031, 1, 5), "a.txt");
        var second = Fictional("9901/KH-UBND", "Ủy ban nhân dân tỉnh Mẫu Thử", new DateOnly(2031, 2, 9), "b.txt");
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([first, second], Catalogue.Empty).KnowledgeBase;

        Assert.Equal(["9901-kh-ubnd-2031-mau-thu", "9901-kh-ubnd-2031-thu-nghiem"], kb.Documents.Select(d => d.Id.Value));
        var lookup = kb.Find("9901/KH-UBND");
        Assert.True(lookup.IsAmbiguous);
        Assert.Null(lookup.Document);
        Assert.Equal(2, lookup.Candidates.Count);
    }

    [Fact]
    public void SameNumberInDifferentYearsNeedsNoPlace()
    {
        var first = Fictional("9901/KH-UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm", new DateOnly(2031, 1, 5), "a.txt");
        var second = Fictional("9901/KH-UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm", new DateOnly(2032, 1, 5), "b.txt");
        var kb = new KnowledgeBaseBuilder(KbPipeline.Default).Build([first, second], Catalogue.Empty).KnowledgeBase;
        Assert.Equal(["9901-kh-ubnd-2031", "9901-kh-ubnd-2032"], kb.Documents.Select(d => d.Id.Value));
    }

    [Fact]
    public void AddingTheTextOfACataloguedDocumentMergesTheRecordUnderTheSameId()
    {
        var catalogue = new Catalogue([new CatalogueEntry { Number = "9901/QĐ-UBND", Type = "Quyết định", IssuedOn = "2031-03-15", Subject = "quy chế mẫu về thư viện số" }]);

        var before = new KnowledgeBaseBuilder(KbPipeline.Default).Build([], catalogue).KnowledgeBase;
        Assert.False(before.FindDocument(DocumentId.Of("9901-qd-ubnd-2031"))!.HasFullText);

        var text = RepoFiles.Parse(RepoFiles.Fixture("legal", "quyet-dinh-9901-quy-che.txt"));
        var after = new KnowledgeBaseBuilder(KbPipeline.Default).Build([text], catalogue).KnowledgeBase;
        var document = Assert.Single(after.Documents, d => d.HasFullText);
        Assert.Equal("9901-qd-ubnd-2031", document.Id.Value);
        Assert.True(document.HasFullText);
        Assert.Equal("quy chế mẫu về thư viện số", document.Metadata.Subject);
        Assert.Equal("Ủy ban nhân dân tỉnh Thử Nghiệm", document.Metadata.Issuer);
    }

    private static ParsedDocument Fictional(string number, string issuer, DateOnly issued, string path) => new(
        path,
        new SourceText("text", "utf-8", [], new Dictionary<string, string>()),
        new DocumentMetadata { Number = DocumentNumber.Parse(number), Issuer = issuer, IssuedOn = issued, Type = DocumentType.FromName("Kế hoạch") },
        "Nội dung hư cấu.",
        [],
        0,
        []);
}
