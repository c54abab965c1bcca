using System.Text.Json;

namespace HauGiang.LegalKb.Cli.Tests.Commands;

/// <summary>citations, graph, and the citation fields of show and documents, on the real corpus.</summary>
public sealed class CitationCommandTests : IDisposable
{
    private readonly string _index = TestPaths.NewTempFolder();

    public CitationCommandTests() => Assert.Equal(0, Run("index").ExitCode);

    public void Dispose() => Directory.Delete(_index, recursive: true);

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--corpus", TestPaths.Corpus, "--index", _index]);

    [Fact]
    public void CitationsJsonHasEveryFieldOfTheContract()
    {
        var run = Run("citations", "100-kh-ubnd-2024", "--json");
        Assert.Equal(0, run.ExitCode);
        var citations = run.Json.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(45, citations.Count);

        var decree = citations.Single(c => c.GetProperty("number").GetString() == "59/2023/NĐ-CP");
        Assert.Equal("100-kh-ubnd-2024", decree.GetProperty("from").GetProperty("documentId").GetString());
        Assert.Equal("100-kh-ubnd-2024/part_III__sec_5", decree.GetProperty("from").GetProperty("sectionId").GetString());
        Assert.Equal(["III", "5"], decree.GetProperty("from").GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ", decree.GetProperty("text").GetString());
        Assert.Equal("Nghị định", decree.GetProperty("type").GetString());
        Assert.Equal("2023-08-14", decree.GetProperty("issuedOn").GetString());
        Assert.Equal("Chính phủ", decree.GetProperty("issuer").GetString());
        Assert.StartsWith("quy định chi tiết", decree.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, decree.GetProperty("pinpoint").ValueKind);
        Assert.Equal("59-2023-nd-cp", decree.GetProperty("target").GetProperty("documentId").GetString());
        Assert.Equal(JsonValueKind.Null, decree.GetProperty("target").GetProperty("sectionId").ValueKind);
        Assert.False(decree.GetProperty("resolved").GetBoolean());
    }

    [Fact]
    public void CitationsWithoutADocumentListsAllDocuments()
    {
        var json = Run("citations", "--json").Json;
        Assert.Equal(45, json.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public void ShowAReferenceOnlyDocumentListsThePassagesThatCiteIt()
    {
        var document = Run("show", "43-NQ/TW", "--json").Json;
        Assert.False(document.GetProperty("hasFullText").GetBoolean());
        Assert.Equal(10, document.GetProperty("citedByCount").GetInt32());
        Assert.Equal(10, document.GetProperty("citedBy").GetArrayLength());
        Assert.Equal(0, document.GetProperty("citationCount").GetInt32());

        var forPeople = Run("show", "43-NQ/TW");
        Assert.Contains("Được dẫn chiếu bởi (10):", forPeople.Out);
        Assert.Contains("100-kh-ubnd-2024 [I.1] Nghị quyết số 43 -NQ/TW", forPeople.Out);
    }

    [Fact]
    public void ShowASectionCarriesItsOutgoingCitations()
    {
        var section = Run("show", "100-kh-ubnd-2024/part_III__sec_3__subsec_3-2", "--json").Json;
        var numbers = section.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("number").GetString());
        Assert.Equal(["01-ĐA/TU", "05-ĐA/TU", "06-ĐA/TU", "977-QĐ/TU", "05-NQ/TU"], numbers);
        Assert.Equal(0, section.GetProperty("citedBy").GetArrayLength());
    }

    [Fact]
    public void DocumentsJsonCountsCitationsBothWays()
    {
        var documents = Run("documents", "--json").Json.GetProperty("documents").EnumerateArray().ToList();
        var plan = documents.Single(d => d.GetProperty("id").GetString() == "100-kh-ubnd-2024");
        Assert.Equal(45, plan.GetProperty("citationCount").GetInt32());
        var law = documents.Single(d => d.GetProperty("id").GetString() == "10-2022-qh15");
        Assert.False(law.GetProperty("hasFullText").GetBoolean());
        Assert.Equal(3, law.GetProperty("citedByCount").GetInt32());
    }

    [Fact]
    public void GraphJsonHasTheImplementationChain()
    {
        var json = Run("graph", "--json").Json;
        Assert.Equal(19, json.GetProperty("documents").GetArrayLength());
        var links = json.GetProperty("relationships").EnumerateArray()
            .Select(r => (r.GetProperty("from").GetString(), r.GetProperty("to").GetString(), r.GetProperty("kind").GetString()))
            .ToList();
        Assert.Contains(("100-kh-ubnd-2024", "226-ctr-tu-2024", "implements"), links);
        Assert.Contains(("226-ctr-tu-2024", "43-nq-tw-2023", "implements"), links);
        Assert.Contains(("100-kh-ubnd-2024", "217-qd-tw-2013", "cites"), links);
    }

    [Fact]
    public void GraphDotIsAGraphvizDigraph()
    {
        var run = Run("graph", "--dot");
        Assert.StartsWith("digraph legalkb {", run.Out);
        Assert.Contains("\"226-ctr-tu-2024\" -> \"43-nq-tw-2023\" [label=\"triển khai thực hiện (3)\"", run.Out);
        Assert.EndsWith("}\n", run.Out.ReplaceLineEndings("\n"));
    }
}
