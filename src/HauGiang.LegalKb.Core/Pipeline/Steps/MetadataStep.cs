using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>
/// Step 6, facts: what every metadata source says, the first source winning each field; a document whose type no
/// source names takes it from its number's code ("KH" → Kế hoạch).
/// </summary>
internal static class MetadataStep
{
    public static DocumentMetadata Run(IReadOnlyList<IMetadataSource> sources, DocumentEvidence evidence)
    {
        var metadata = new DocumentMetadata();
        foreach (var source in sources)
        {
            metadata = metadata.Or(source.Read(evidence));
        }

        return metadata.Type is null && metadata.Number is { } number
            ? metadata with { Type = DocumentType.FromCode(number.Code) }
            : metadata;
    }
}
