using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage;

namespace HauGiang.LegalKb.Search.Generations;

/// <summary>One index generation in memory: the knowledge base and the search engine over it, read from the same generation.</summary>
/// <remarks>Thread-safe for readers. Disposing closes the search engine: only the last user of a generation may do it.</remarks>
public sealed class LoadedIndex : IDisposable
{
    /// <summary>A loaded generation.</summary>
    public LoadedIndex(KnowledgeBase knowledgeBase, SearchEngine search, string? generation, IndexManifest? manifest)
    {
        KnowledgeBase = knowledgeBase;
        Search = search;
        Generation = generation;
        Manifest = manifest;
    }

    /// <summary>The documents, sections and citations.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The search engine over <see cref="KnowledgeBase"/>.</summary>
    public SearchEngine Search { get; }

    /// <summary>The generation's folder name ("gen-…"); null for an index held only in memory.</summary>
    public string? Generation { get; }

    /// <summary>What the generation was built from; null for an index held only in memory.</summary>
    public IndexManifest? Manifest { get; }

    /// <summary>Why this generation serves although it is not current with its corpus (it could not be rebuilt), else null.</summary>
    public string? Warning { get; private init; }

    /// <summary>This generation, serving with <paramref name="warning"/>.</summary>
    public LoadedIndex WithWarning(string warning) => new(KnowledgeBase, Search, Generation, Manifest) { Warning = warning };

    /// <inheritdoc />
    public void Dispose() => Search.Dispose();
}
