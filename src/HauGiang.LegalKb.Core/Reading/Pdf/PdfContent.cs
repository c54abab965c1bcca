namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>What <see cref="PdfTextLayer"/> read from a file: its pages' words, or why it could not.</summary>
/// <param name="PageCount">The pages the file has.</param>
/// <param name="Pages">The pages read, in order.</param>
/// <param name="UnreadablePages">Pages PdfPig failed on (skipped with a warning).</param>
/// <param name="Error">Why the file could not be read at all (Vietnamese); null on success.</param>
internal sealed record PdfContent(int PageCount, IReadOnlyList<PdfPageWords> Pages, IReadOnlyList<int> UnreadablePages, string? Error)
{
    /// <summary>A file that could not be read.</summary>
    public static PdfContent Failed(string error) => new(0, [], [], error);
}
