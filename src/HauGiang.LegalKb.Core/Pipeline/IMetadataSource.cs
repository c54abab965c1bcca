using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>
/// One place a document's facts come from (its header, its signature, front matter, a site's header, an editor's
/// corrections …). The pipeline asks its sources in order; for each field the first that knows it wins.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe and never throw.</remarks>
public interface IMetadataSource
{
    /// <summary>The facts this source gives for the document; unknown fields stay null.</summary>
    DocumentMetadata Read(DocumentEvidence evidence);
}
