using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Search.Tests;

/// <summary>One search engine over the real corpus, shared by the tests (it is thread-safe).</summary>
internal static class RealCorpus
{
    private static readonly Lazy<SearchEngine> s_engine = new(() =>
    {
        return SearchEngine.InMemory(HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value);
    });

    public static SearchEngine Engine => s_engine.Value;

    public static SearchResults Search(string query, int top = 10) => Engine.Search(new SearchRequest(query, top));

    public static string? First(string query) => Search(query).Hits.FirstOrDefault() is { } hit ? hit.SectionId?.ToString() ?? hit.DocumentId.Value : null;

    public const string Plan = "100-kh-ubnd-2024/";
}
