using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>
/// The document's own header: "Số: …", "Hậu Giang, ngày …", the type and the title. The document's own words come
/// first. The signature's "TM." line names the issuer when the header does not, or names the Party body a header
/// prints only as "BAN CHẤP HÀNH TRUNG ƯƠNG" (the Bộ Chính trị, the Ban Bí thư).
/// </summary>
public sealed class HeaderFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence)
    {
        var facts = evidence.Header.Facts;
        var issuer = IssuerName.FromCapacity(facts.Issuer, SignatureFacts.Of(evidence).SigningCapacity);
        return issuer == facts.Issuer ? facts : facts with { Issuer = issuer };
    }
}
