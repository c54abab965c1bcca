using HauGiang.LegalKb.Core;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Tests.Shared;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests;

/// <summary>Paths into the repository and the parsed plan, shared by tests.</summary>
internal static class RepoFiles
{
    public const string PlanFileName = "100-KH-UBND-2024.lawnet.txt";

    private static readonly Lazy<LegalDocument> s_plan = new(() => Parse(PlanPath).ToDocument(DocumentId.Of("100-kh-ubnd-2024")));

    public static string Corpus => RepoRoot.Corpus;

    public static string PlanPath => Path.Combine(Corpus, "sources", PlanFileName);

    /// <summary>The plan, parsed with the default pipeline.</summary>
    public static LegalDocument Plan => s_plan.Value;

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static ParsedDocument Parse(string path)
    {
        var result = KbPipeline.Default.Parse(new SourceFile(Path.GetFileName(path), File.ReadAllBytes(path)));
        Assert.True(result.Success, result.Error);
        return result.Document;
    }
}
