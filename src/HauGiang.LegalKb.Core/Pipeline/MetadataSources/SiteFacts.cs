using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>The header a legal site prints above the document ("Số hiệu: … Ngày ban hành: …"), then the site's title line.</summary>
public sealed class SiteFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) =>
        evidence.Clean.SiteFacts.Or(new DocumentMetadata { Title = evidence.Clean.SiteTitle });
}
