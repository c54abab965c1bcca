namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>What an index run read, skipped and built.</summary>
/// <param name="Files">One entry per source file, in the order read.</param>
/// <param name="CatalogueEntries">How many catalogue entries were read.</param>
/// <param name="CatalogueError">Why the catalogue could not be read, when it could not.</param>
/// <param name="Documents">Documents in the knowledge base, reference-only ones included.</param>
/// <param name="ReferenceOnly">Documents without text.</param>
/// <param name="Sections">Sections in all documents.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record IndexReport(
    IReadOnlyList<FileReport> Files,
    int CatalogueEntries,
    string? CatalogueError,
    int Documents,
    int ReferenceOnly,
    int Sections,
    TimeSpan Elapsed)
{
    /// <summary>Why the id ledger could not be read, when it could not (ids were then given afresh).</summary>
    public string? LedgerError { get; init; }

    /// <summary>Why the build read fewer files than the corpus holds, when it stopped at its file limit.</summary>
    public string? CapReached { get; init; }

    /// <summary>Files that became documents.</summary>
    public int IndexedFiles => Files.Count(f => f.Indexed);

    /// <summary>Files that were skipped.</summary>
    public int SkippedFiles => Files.Count(f => !f.Indexed);
}
