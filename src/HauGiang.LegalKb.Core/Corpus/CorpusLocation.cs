namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>Where sources come from: a corpus folder plus any further files or folders named on the command line.</summary>
/// <param name="Root">The corpus folder (holds catalogue.json and sources).</param>
/// <param name="ExtraPaths">Further source files or folders, absolute.</param>
public sealed record CorpusLocation(string Root, IReadOnlyList<string> ExtraPaths)
{
    /// <summary>A corpus folder alone.</summary>
    public static CorpusLocation Folder(string root) => new(root, []);
}
