using System.Diagnostics;
using HauGiang.LegalKb.Bench.Systems;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Indexing;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>What writing and opening one system's index took, and for the product the breakdown timed apart.</summary>
internal sealed record IndexFigures(
    double IndexSeconds,
    long IndexBytes,
    double OpenSeconds = 0,
    double MapSeconds = 0,
    double AnalysisSeconds = 0,
    double PerFieldAnalysisSeconds = 0);

/// <summary>
/// The second half of a worker's run before the queries: each system indexes the knowledge base its own way in a
/// temporary folder, timed, and is opened for searching.
/// </summary>
internal static class IndexBuild
{
    /// <summary>
    /// LegalKb: first the breakdown (mapping, analysis once and field by field; nothing written), then
    /// SearchIndexWriter to a folder, then SearchEngine.Open on it.
    /// </summary>
    public static (ISearchSystem System, IndexFigures Figures) Product(KnowledgeBase knowledgeBase, int sections, string temp, Action<string> progress)
    {
        var folder = Path.Combine(temp, SearchIndexWriter.FolderName);
        Directory.CreateDirectory(folder);
        progress("mapping sections to Lucene documents, tokenizing included (not written; a breakdown) …");
        var mapSeconds = AnalysisTiming.MapOnly(knowledgeBase);
        progress("tokenizing once and replaying six fields over every 10th document (not written; a breakdown) …");
        var analysisSeconds = AnalysisTiming.AnalysisOnly(knowledgeBase, sections);
        progress("the same with LegalKbAnalyzer field by field, for comparison …");
        var perFieldAnalysisSeconds = AnalysisTiming.PerFieldAnalysisOnly(knowledgeBase, sections);
        progress($"writing the Lucene index of {sections:N0} sections …");
        var clock = Stopwatch.StartNew();
        SearchIndexWriter.Write(knowledgeBase, folder);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var indexBytes = WorkerProcess.FolderBytes(folder);
        clock.Restart();
        // Opened as the web service opens a generation (copied into memory), not as the CLI does (file reads per query).
        var searchSystem = new ProductSystem(SearchEngine.OpenInMemory(knowledgeBase, folder));
        var openSeconds = clock.Elapsed.TotalSeconds;
        return (searchSystem, new IndexFigures(indexSeconds, indexBytes, openSeconds, mapSeconds, analysisSeconds, perFieldAnalysisSeconds));
    }

    /// <summary>FTS5: one row per section and per document record, inserted into a file database in the folder.</summary>
    public static (ISearchSystem System, IndexFigures Figures) Fts5(KnowledgeBase knowledgeBase, string temp, Action<string> progress)
    {
        var rows = SearchRow.From(knowledgeBase);
        var database = Path.Combine(temp, "fts5.db");
        progress($"inserting {rows.Count:N0} rows into FTS5 …");
        var clock = Stopwatch.StartNew();
        var searchSystem = Fts5System.Build(rows, database);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        return (searchSystem, new IndexFigures(indexSeconds, WorkerProcess.FolderBytes(temp)));
    }
}
