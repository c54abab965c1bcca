using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>Documents and the typed relationships between them, as the CLI (<c>graph --json</c>) and the web API give them.</summary>
public sealed record GraphDto(IReadOnlyList<GraphDto.Node> Documents, IReadOnlyList<GraphDto.Edge> Relationships)
{
    public static GraphDto From(KnowledgeBase knowledgeBase) => new(
        knowledgeBase.Documents
            .Select(d => new Node(d.Id.Value, d.Metadata.Number?.Value, d.Metadata.Type?.Name, d.Metadata.Title ?? d.Metadata.Subject, d.HasFullText))
            .ToList(),
        knowledgeBase.Relationships().Select(r => new Edge(r.FromDocumentId.Value, r.Target, r.Kind, r.Passages)).ToList());

    /// <summary>A document.</summary>
    public sealed record Node(string Id, string? Number, string? Type, string? Title, bool HasFullText);

    /// <summary>A relationship; for <see cref="RelationKind.Issues"/>, <see cref="To"/> is the attached text's section id.</summary>
    public sealed record Edge(string From, string To, RelationKind Kind, int Passages);
}
