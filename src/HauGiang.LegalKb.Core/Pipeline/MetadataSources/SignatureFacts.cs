using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>
/// The document's closing block: signer, office, capacity, recipients. When the closing block holds no signature (a
/// law signed after "thông qua ngày …", a signature a converter moved), the signature is looked for in the whole text
/// after the header.
/// </summary>
public sealed class SignatureFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) => Of(evidence);

    internal static DocumentMetadata Of(DocumentEvidence evidence)
    {
        if (evidence.Signature.Signer is not null)
        {
            return evidence.Signature;
        }

        var paragraphs = evidence.Clean.Paragraphs.Select(p => p.Text).ToList();
        return SignatureParser.Find(paragraphs, evidence.Header.EndIndex).Or(evidence.Signature);
    }
}
