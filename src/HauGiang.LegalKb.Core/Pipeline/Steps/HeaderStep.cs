using HauGiang.LegalKb.Core.Metadata;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>Step 3, header: the issuing body, number, place and date, type and title the document opens with, and where its preamble begins.</summary>
internal static class HeaderStep
{
    public static DocumentHeader Run(PlacedText text) => DocumentHeaderParser.Parse(text.Paragraphs);
}
