using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>The document's closing block: signer, office, capacity, recipients.</summary>
public sealed class SignatureFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) => evidence.Signature;
}
