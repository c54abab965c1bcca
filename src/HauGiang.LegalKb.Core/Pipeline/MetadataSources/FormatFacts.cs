using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>What the file format carries beside the text: Markdown front matter, HTML title and meta.</summary>
public sealed class FormatFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) => MetadataFields.FromPairs(evidence.Source.Metadata);
}
