using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Tests.Shared;

/// <summary>The bundled corpus loaded once per test run with the default pipeline, shared by every test that only reads it.</summary>
internal static class RealKnowledgeBase
{
    private static readonly Lazy<CorpusLoad> s_load = new(() => new CorpusLoader(KbPipeline.Default).Load(CorpusLocation.Folder(RepoRoot.Corpus)));

    /// <summary>The knowledge base, the report and the ledger of the bundled corpus.</summary>
    public static CorpusLoad Load => s_load.Value;

    /// <summary>The knowledge base of the bundled corpus (the plan and 18 reference-only records).</summary>
    public static KnowledgeBase Value => s_load.Value.KnowledgeBase;
}
