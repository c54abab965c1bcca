using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>Step 4, structure: the section tree after the header, by the pipeline's section rules.</summary>
internal static class StructureStep
{
    public static IReadOnlyList<SectionDraft> Run(StructureParser parser, PlacedText text, DocumentHeader header) =>
        parser.Parse(text.Paragraphs, text.Offsets, header.EndIndex);
}
