using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Tests;

/// <summary>A filter without words lists what it keeps; a document filter keeps one document's units (issue 13).</summary>
public sealed class BrowseTests
{
    [Fact]
    public void AFilterAloneListsEverythingItKeepsInTheKnowledgeBasesOrder()
    {
        var found = RealCorpus.Engine.Search(new SearchRequest(string.Empty, Year: 2013));

        Assert.Equal(2, found.Total);
        Assert.Equal(["217-qd-tw-2013", "218-qd-tw-2013"], found.Hits.Select(h => h.DocumentId.Value));
    }

    [Fact]
    public void AYearOperatorAloneBrowsesToo()
    {
        Assert.Equal(2, RealCorpus.Search("year:2013").Total);
    }

    [Fact]
    public void NeitherWordsNorAFilterFindNothing()
    {
        Assert.Equal(0, RealCorpus.Search("   ").Total);
    }

    [Fact]
    public void ADocumentFilterKeepsThatDocumentsUnitsOnly()
    {
        var found = RealCorpus.Engine.Search(new SearchRequest("Mặt trận", Top: 100, Document: DocumentId.Of("100-kh-ubnd-2024")));

        Assert.NotEmpty(found.Hits);
        Assert.All(found.Hits, h => Assert.Equal("100-kh-ubnd-2024", h.DocumentId.Value));
        Assert.Contains(RealCorpus.Search("Mặt trận", 100).Hits, h => h.DocumentId.Value != "100-kh-ubnd-2024");
    }
}
