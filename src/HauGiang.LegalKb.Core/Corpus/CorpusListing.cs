namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>The source files of a corpus, what its walk left out and why, and whether it stopped at its file limit.</summary>
/// <param name="Files">The files to read: full path, path shown to users.</param>
/// <param name="Refused">Files and folders left out: path shown to users, Vietnamese reason.</param>
/// <param name="CapReached">Why the walk stopped early, when it did.</param>
public sealed record CorpusListing(
    IReadOnlyList<(string FullPath, string DisplayPath)> Files,
    IReadOnlyList<(string Path, string Reason)> Refused,
    string? CapReached);
