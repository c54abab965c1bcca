using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Generations;

namespace HauGiang.LegalKb.Web.Hosting;

/// <summary>
/// Builds a generation the one way there is (<see cref="IndexLifecycle.Build"/>). A class of its own so that a test can
/// make a build fail and watch the service keep its generation.
/// </summary>
public class GenerationBuilder
{
    /// <summary>Builds and writes a generation of <paramref name="location"/>, made current atomically.</summary>
    public virtual BuiltGeneration Build(IndexLifecycle lifecycle, CorpusLocation location, Action<int, int, string>? progress = null) =>
        lifecycle.Build(location, progress);
}
