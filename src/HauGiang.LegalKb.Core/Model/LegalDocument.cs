namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A document of the knowledge base: either parsed from a source file (full text, a section tree) or a
/// reference-only record built from catalogue facts, whose text is not in the corpus.
/// </summary>
public sealed record LegalDocument
{
    /// <summary>Stable id from number and year: "100-kh-ubnd-2024", "43-nq-tw-2023", "59-2023-nd-cp".</summary>
    public required DocumentId Id { get; init; }

    /// <summary>What is known about the document.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>True when the text is in the corpus; false for a reference-only record.</summary>
    public bool HasFullText => CleanedText.Length > 0;

    /// <summary>The facts an editor gave (corrections stored beside the source), which win over what the text says.</summary>
    public DocumentFacts FromEditor { get; init; }

    /// <summary>The source file, relative to the corpus folder; null for a reference-only record.</summary>
    public string? SourcePath { get; init; }

    /// <summary>How the text reached the knowledge base (format, pages, OCR); null for a reference-only record.</summary>
    public DocumentSource? Source { get; init; }

    /// <summary>The text after cleaning (site furniture removed, NFC, one paragraph per line); section spans index into it.</summary>
    public string CleanedText { get; init; } = string.Empty;

    /// <summary>The top-level sections (preamble, parts …, closing) in document order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Every section of the document in document order.</summary>
    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.DescendantsAndSelf());
}
