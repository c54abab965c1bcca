using HauGiang.LegalKb.Core.Cleaning;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>Step 2, clean: the site's furniture and header leave the document's own paragraphs (the header's facts are kept).</summary>
internal static class CleanStep
{
    public static CleanSource Run(SourceText source) => SourceCleaner.Clean(source.Paragraphs);
}
