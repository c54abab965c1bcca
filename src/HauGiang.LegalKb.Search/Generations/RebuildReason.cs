namespace HauGiang.LegalKb.Search.Generations;

/// <summary>Why an index must be built before it serves.</summary>
public enum RebuildReason
{
    /// <summary>It is current: nothing to build.</summary>
    None,

    /// <summary>There is no index yet.</summary>
    NoIndex,

    /// <summary>It was written by another version of the program.</summary>
    OldFormat,

    /// <summary>The corpus changed since it was built.</summary>
    CorpusChanged,

    /// <summary>It cannot be read.</summary>
    Damaged,
}
