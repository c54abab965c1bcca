using HauGiang.LegalKb.Core.Cleaning;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>What the steps before the facts found in one source, for the metadata sources to read.</summary>
/// <param name="Path">The source file, relative to the corpus.</param>
/// <param name="Source">What the reader made of the file (its format's own metadata included).</param>
/// <param name="Clean">The paragraphs after cleaning, with the site header's facts.</param>
/// <param name="Header">The document's own header.</param>
/// <param name="Signature">The facts of the document's closing block.</param>
public sealed record DocumentEvidence(string Path, SourceText Source, CleanSource Clean, DocumentHeader Header, DocumentMetadata Signature)
{
    /// <summary>The editor's corrections stored beside the source (<see cref="SourceFile.Corrections"/>); null when none.</summary>
    public string? Corrections { get; init; }
}
