using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>
/// The date the text gives the document when its header has no place-and-date line: "… thông qua ngày …", or an
/// attached text's "Ban hành kèm theo … số (its number) ngày …". A draft's blank date line is not replaced.
/// </summary>
public sealed class TextDateFacts : IMetadataSource
{
    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence)
    {
        if (evidence.Header.DateLineSeen || evidence.Header.Facts.IssuedOn is not null)
        {
            return new DocumentMetadata();
        }

        var paragraphs = evidence.Clean.Paragraphs.Select(p => p.Text).ToList();
        return new DocumentMetadata { IssuedOn = DocumentDates.Find(paragraphs, evidence.Header.Facts.Number ?? evidence.Clean.SiteFacts.Number) };
    }
}
