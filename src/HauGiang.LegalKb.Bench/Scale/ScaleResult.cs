namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>One query timing.</summary>
public sealed record LatencySample(string Category, string Query, double Milliseconds);

/// <summary>What one worker process measured for one system.</summary>
public sealed record ScaleResult
{
    /// <summary>"product" or "fts5".</summary>
    public required string System { get; init; }

    /// <summary>Generated source files.</summary>
    public int Files { get; init; }

    /// <summary>Files the pipeline could not parse.</summary>
    public int ParseFailures { get; init; }

    /// <summary>Documents of the knowledge base (fictional plans and reference-only records).</summary>
    public int Documents { get; init; }

    /// <summary>Documents with text.</summary>
    public int FullTextDocuments { get; init; }

    /// <summary>Sections the generator laid out (the parser should find as many).</summary>
    public int PlannedSections { get; init; }

    /// <summary>Sections of the knowledge base.</summary>
    public int Sections { get; init; }

    /// <summary>Searchable units: sections plus document records.</summary>
    public int Rows { get; init; }

    /// <summary>Citations found.</summary>
    public int Citations { get; init; }

    /// <summary>Sentences and clauses of the plan the generator drew on.</summary>
    public int PoolSentences { get; init; }

    /// <summary>Clauses of the plan the generator drew on.</summary>
    public int PoolClauses { get; init; }

    /// <summary>Time to generate the sources.</summary>
    public double GenerateSeconds { get; init; }

    /// <summary>Time to parse every source with KbPipeline.Default.</summary>
    public double ParseSeconds { get; init; }

    /// <summary>Time of KnowledgeBaseBuilder.Build (records, citations, ids).</summary>
    public double KnowledgeBaseSeconds { get; init; }

    /// <summary>Time to write the index: SearchIndexWriter to a folder, or the FTS5 inserts in one transaction.</summary>
    public double IndexSeconds { get; init; }

    /// <summary>
    /// Time to map every document to its Lucene documents without writing them, which includes tokenizing each title
    /// and text once (SectionTokens.Analyze) but not replaying the fields (product; a breakdown of the index time).
    /// </summary>
    public double MapSeconds { get; init; }

    /// <summary>
    /// Time of the analysis as the index does it, tokenizing each title and text once and replaying all six text
    /// fields, measured on every 10th document and scaled to the whole corpus (product; a breakdown of the index time).
    /// </summary>
    public double AnalysisSeconds { get; init; }

    /// <summary>
    /// Time of the same analysis done field by field with LegalKbAnalyzer, as the index did before SectionTokens,
    /// measured the same way (product; for comparison, not part of the index time).
    /// </summary>
    public double PerFieldAnalysisSeconds { get; init; }

    /// <summary>Mean length in characters of a section's own text in the synthetic corpus.</summary>
    public double MeanSectionChars { get; init; }

    /// <summary>Mean length in characters of a section's own text in the real plan.</summary>
    public double PlanMeanSectionChars { get; init; }

    /// <summary>Distinct words (lower case) of the real plan's sections: the whole vocabulary of the synthetic corpus.</summary>
    public int PlanDistinctWords { get; init; }

    /// <summary>Median number of units a query of the mix matches (the engine's total), from the first warm-up round.</summary>
    public double MedianMatches { get; init; }

    /// <summary>Units each query of the mix matches (the engine's total, or the FTS5 count).</summary>
    public Dictionary<string, int> MatchesByQuery { get; init; } = [];

    /// <summary>/proc/loadavg when the worker started: other work on the machine skews the timings.</summary>
    public string? LoadAverage { get; init; }

    /// <summary>Time to open the searcher (product).</summary>
    public double OpenSeconds { get; init; }

    /// <summary>Bytes of the index on disk.</summary>
    public long IndexBytes { get; init; }

    /// <summary>Working set after the knowledge base was built and the sources dropped, before indexing.</summary>
    public long WorkingSetAfterKnowledgeBase { get; init; }

    /// <summary>Managed heap after a full collection at the same point.</summary>
    public long ManagedHeapAfterKnowledgeBase { get; init; }

    /// <summary>Managed heap after a full collection at the end, the searcher open.</summary>
    public long ManagedHeapAtEnd { get; init; }

    /// <summary>Process.PeakWorkingSet64 at the end of the worker.</summary>
    public long PeakWorkingSet { get; init; }

    /// <summary>sqlite3_memory_highwater (FTS5 only).</summary>
    public long? SqliteMemoryHighwater { get; init; }

    /// <summary>Queries of the mix.</summary>
    public int MixSize { get; init; }

    /// <summary>Measured rounds over the mix.</summary>
    public int Rounds { get; init; }

    /// <summary>Warm-up rounds before measuring.</summary>
    public int WarmupRounds { get; init; }

    /// <summary>Queries of the mix that found nothing.</summary>
    public int ZeroHitQueries { get; init; }

    /// <summary>Every measured query.</summary>
    public List<LatencySample> Samples { get; init; } = [];
}
