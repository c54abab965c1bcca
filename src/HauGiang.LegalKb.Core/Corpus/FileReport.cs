namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>What happened to one source file during indexing.</summary>
/// <param name="Path">The file, relative to the corpus folder (or as named on the command line).</param>
/// <param name="Indexed">True when the file became a document.</param>
/// <param name="Reason">Why it was skipped (Vietnamese), when not indexed.</param>
/// <param name="DocumentId">The id of the document it became.</param>
/// <param name="Format">"text", "html" or "markdown".</param>
/// <param name="Encoding">The detected encoding.</param>
/// <param name="Sections">How many sections the document has.</param>
/// <param name="RemovedParagraphs">How many paragraphs were site furniture.</param>
/// <param name="Warnings">Problems that did not stop indexing.</param>
public sealed record FileReport(
    string Path,
    bool Indexed,
    string? Reason = null,
    string? DocumentId = null,
    string? Format = null,
    string? Encoding = null,
    int Sections = 0,
    int RemovedParagraphs = 0,
    IReadOnlyList<string>? Warnings = null);
