using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>The document's own header: "Số: …", "Hậu Giang, ngày …", the type and the title. The document's own words come first.</summary>
public sealed class HeaderFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) => evidence.Header.Facts;
}
