using System.Diagnostics;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Analysis;
using HauGiang.LegalKb.Search.Indexing;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// The product's indexing broken down, timed apart from the index write and not written: mapping the model to Lucene
/// documents, and the analysis alone (tokenize once and replay the six text fields, or field by field as before).
/// </summary>
internal static class AnalysisTiming
{
    /// <summary>Maps every document to its Lucene documents (SectionDocumentMapper), which tokenizes each title and text once.</summary>
    public static double MapOnly(KnowledgeBase knowledgeBase)
    {
        var clock = Stopwatch.StartNew();
        var fields = 0L;
        for (var position = 0; position < knowledgeBase.Documents.Count; position++)
        {
            foreach (var entry in SectionDocumentMapper.Map(knowledgeBase.Documents[position], position, knowledgeBase))
            {
                fields += entry.Fields.Count;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        GC.KeepAlive(fields);
        return seconds;
    }

    // Analysis alone, as the index does it: every 10th document's titles and texts tokenized once (SectionTokens)
    // and replayed into all six text fields, scaled to the whole corpus.
    public static double AnalysisOnly(KnowledgeBase knowledgeBase, int sections) =>
        TimeEveryTenthDocument(knowledgeBase, sections, (title, text) =>
        {
            var tokens = SectionTokens.Analyze(title, text);
            var count = 0L;
            foreach (var field in SectionTokens.Fields)
            {
                count += Drain(tokens.StreamFor(field));
            }

            return count;
        });

    // The same analysis the way the index did it before SectionTokens, kept as the yardstick: LegalKbAnalyzer over
    // each field's own string (title, title, text, text, title + "\n" + text twice), every 10th document, scaled.
    public static double PerFieldAnalysisOnly(KnowledgeBase knowledgeBase, int sections)
    {
        using var analyzer = LegalKbAnalyzer.PerField();
        return TimeEveryTenthDocument(knowledgeBase, sections, (title, text) =>
        {
            var count = 0L;
            foreach (var field in SectionTokens.Fields)
            {
                var value = field switch
                {
                    FieldNames.Title or FieldNames.TitleFolded => title,
                    FieldNames.Text or FieldNames.TextFolded => text,
                    _ => title + "\n" + text,
                };
                count += Drain(analyzer.GetTokenStream(field, value));
            }

            return count;
        });
    }

    private static double TimeEveryTenthDocument(KnowledgeBase knowledgeBase, int sections, Func<string, string, long> analyse)
    {
        var clock = Stopwatch.StartNew();
        var sampled = 0;
        var tokens = 0L;
        for (var d = 0; d < knowledgeBase.Documents.Count; d += 10)
        {
            var document = knowledgeBase.Documents[d];
            sampled += document.AllSections().Count();
            foreach (var (title, text) in SectionDocumentMapper.TitlesAndTexts(document))
            {
                tokens += analyse(title, text);
            }
        }

        GC.KeepAlive(tokens);
        return sampled == 0 ? 0 : clock.Elapsed.TotalSeconds * sections / sampled;
    }

    private static long Drain(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var count = 0L;
            stream.Reset();
            while (stream.IncrementToken())
            {
                count++;
            }

            stream.End();
            return count;
        }
    }
}
