using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>
/// Step 6, facts: what every metadata source says, the first source winning each field; a document whose type no
/// source names takes it from its number's code ("KH" → Kế hoạch). The facts the editor's corrections gave are
/// remembered: each won over every later source.
/// </summary>
internal static class MetadataStep
{
    public static (DocumentMetadata Metadata, DocumentFacts FromEditor) Run(IReadOnlyList<IMetadataSource> sources, DocumentEvidence evidence)
    {
        var metadata = new DocumentMetadata();
        var fromEditor = DocumentFacts.None;
        foreach (var source in sources)
        {
            var facts = source.Read(evidence);
            if (source is EditorFacts)
            {
                fromEditor |= facts.Known & ~metadata.Known;
            }

            metadata = metadata.Or(facts);
        }

        var typed = metadata.Type is null && metadata.Number is { } number
            ? metadata with { Type = DocumentType.FromCode(number.Code) }
            : metadata;
        return (typed, fromEditor);
    }
}
