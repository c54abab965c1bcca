using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Search.Tests;

/// <summary>A search engine over fictional plans written in a test (numbers 99xx, our own words).</summary>
internal static class FictionalCorpus
{
    /// <summary>An in-memory engine over <paramref name="sources"/>, each the text of a plain-text source file.</summary>
    public static SearchEngine Engine(params string[] sources)
    {
        var documents = sources
            .Select((text, i) => KbPipeline.Default.Parse(new SourceFile($"fictional-{i}.txt", System.Text.Encoding.UTF8.GetBytes(text))))
            .Select(r => r.Document ?? throw new InvalidOperationException(r.Error))
            .ToList();
        return SearchEngine.InMemory(new KnowledgeBaseBuilder(KbPipeline.Default).Build(documents, Catalogue.Empty).KnowledgeBase);
    }

    /// <summary>The ids of the hits for <paramref name="query"/>, best first: section ids, or document ids for records.</summary>
    public static List<string> Ids(this SearchEngine engine, string query) =>
        engine.Search(new SearchRequest(query, 50)).Hits.Select(h => h.SectionId?.ToString() ?? h.DocumentId.Value).ToList();
}
