using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Structure;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>Step 5, signature: the signer, office, capacity and recipients from the document's closing block.</summary>
internal static class SignatureStep
{
    public static DocumentMetadata Run(IReadOnlyList<SectionDraft> sections, PlacedText text)
    {
        var closing = sections.FirstOrDefault(r => r.Kind == SectionKind.Closing);
        return closing is null
            ? new DocumentMetadata()
            : SignatureParser.Parse(TextSpan.FromBounds(closing.Start, closing.End).Slice(text.Text).Split('\n'));
    }
}
