using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>A source parsed into facts, cleaned text and a section tree, before it is given its id.</summary>
/// <param name="SourcePath">The source file, relative to the corpus.</param>
/// <param name="Format">"text", "html" or "markdown".</param>
/// <param name="Encoding">The encoding the file was read in.</param>
/// <param name="Metadata">Facts, with the document's own text winning over its site's header and front matter.</param>
/// <param name="CleanedText">The document's paragraphs, one per line, furniture removed.</param>
/// <param name="Sections">The section tree as drafts.</param>
/// <param name="RemovedParagraphs">How many paragraphs were site furniture.</param>
/// <param name="Warnings">Problems that did not stop the parse, for the user.</param>
public sealed record ParsedDocument(
    string SourcePath,
    string Format,
    string Encoding,
    DocumentMetadata Metadata,
    string CleanedText,
    IReadOnlyList<SectionDraft> Sections,
    int RemovedParagraphs,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The document with its id: sections materialised with ids, labels and text.</summary>
    public LegalDocument ToDocument(string id) => new()
    {
        Id = id,
        Metadata = Metadata,
        SourcePath = SourcePath,
        CleanedText = CleanedText,
        Sections = SectionTree.Build(id, CleanedText, Sections),
    };
}
