using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>A source parsed into facts, cleaned text and a section tree, before it is given its id.</summary>
/// <param name="SourcePath">The source file, relative to the corpus.</param>
/// <param name="Source">What the reader made of the file: format, encoding, pages, OCR confidence.</param>
/// <param name="Metadata">Facts, with the document's own text winning over its site's header and front matter.</param>
/// <param name="CleanedText">The document's paragraphs, one per line, furniture removed.</param>
/// <param name="Sections">The section tree as drafts.</param>
/// <param name="RemovedParagraphs">How many paragraphs were site furniture.</param>
/// <param name="Warnings">Problems that did not stop the parse, for the user.</param>
public sealed record ParsedDocument(
    string SourcePath,
    SourceText Source,
    DocumentMetadata Metadata,
    string CleanedText,
    IReadOnlyList<SectionDraft> Sections,
    int RemovedParagraphs,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The facts the editor's corrections gave (they won over the text's own).</summary>
    public DocumentFacts FromEditor { get; init; }

    /// <summary>"text", "html", "markdown", "docx", "pdf" ….</summary>
    public string Format => Source.Format;

    /// <summary>The encoding the file was read in.</summary>
    public string Encoding => Source.Encoding;

    /// <summary>The document with its id and the facts the parse found.</summary>
    public LegalDocument ToDocument(DocumentId id) => ToDocument(id, Metadata);

    /// <summary>The document with its id and final facts: sections materialised with ids, labels and text.</summary>
    public LegalDocument ToDocument(DocumentId id, DocumentMetadata metadata) => new()
    {
        Id = id,
        Metadata = metadata,
        FromEditor = FromEditor,
        SourcePath = SourcePath,
        Source = new DocumentSource(Source.Format, Source.Pages, Source.OcrConfidence),
        CleanedText = CleanedText,
        Sections = SectionTree.Build(id, CleanedText, Sections),
    };
}
