using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>
/// The ordinal of a number written by hand in a scan, which the OCR could not read, from the file's name
/// ("996KH-TCTLNTW-C04.pdf"); the last source, asked only when nothing else knows the number.
/// </summary>
public sealed class FileNameFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) =>
        evidence.Header.UnreadableNumberCode is { } code
            ? new DocumentMetadata { Number = FileNameNumbers.Complete(evidence.Path, code, evidence.Header.Facts.Type) }
            : new DocumentMetadata();
}
