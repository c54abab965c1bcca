using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Work;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>Build step "extract citations": every reference in every text, in text order, each knowing its text and its chain.</summary>
internal static class CitationExtraction
{
    public static IReadOnlyList<ExtractedReference> Run(CitationExtractor extractor, DocumentRecords records)
    {
        var texts = records.All.Where(r => r.Source is not null).ToList();

        // Extraction reads each text on its own: many documents are shared by the cores, the mentions stay in order.
        var mentions = ParallelWork.Select(texts, r => extractor.Extract(r.Source!.CleanedText));
        var result = new List<ExtractedReference>();
        for (var d = 0; d < texts.Count; d++)
        {
            var found = new ExtractedReference[mentions[d].Count];
            for (var k = 0; k < found.Length; k++)
            {
                var mention = mentions[d][k];
                found[k] = new ExtractedReference(texts[d], mention, mention.ImplementedBy is { } j && j < k ? found[j] : null);
            }

            result.AddRange(found);
        }

        return result;
    }
}
