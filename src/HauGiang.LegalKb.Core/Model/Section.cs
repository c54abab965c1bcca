using HauGiang.LegalKb.Core.Text;
namespace HauGiang.LegalKb.Core.Model;

/// <summary>One node of a document's section tree.</summary>
/// <remarks>
/// <see cref="Span"/> covers the whole unit in the document's cleaned text, heading and children included;
/// <see cref="TextSpan"/> covers the unit's own text only (after its heading, before its first child), and
/// <see cref="Text"/> is exactly that slice of the cleaned text.
/// </remarks>
public sealed record Section
{
    /// <summary>Globally unique id: "{documentId}/{eId}", e.g. "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8".</summary>
    public required SectionId Id { get; init; }

    /// <summary>Akoma Ntoso style id within the document: "part_III__sec_2__subsec_2-8", "art_5__para_2__point_a".</summary>
    public string EId => Id.EId;

    /// <summary>The id of the document this section belongs to.</summary>
    public DocumentId DocumentId => Id.Document;

    /// <summary>What kind of unit this is.</summary>
    public required SectionKind Kind { get; init; }

    /// <summary>This unit's own label: "III", "2.8", "5", "a"; empty for the preamble and closing.</summary>
    public required string Label { get; init; }

    /// <summary>The labels from the root down to this unit: ["III", "2", "2.8"].</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The title as written ("Đối với Người cao tuổi"); null when the unit has none.</summary>
    public string? Title { get; init; }

    /// <summary>The heading line as written, label included ("2.8. Đối với Người cao tuổi"); null for the preamble.</summary>
    public string? Heading { get; init; }

    /// <summary>The unit's own text, byte for byte the <see cref="TextSpan"/> slice of the cleaned text.</summary>
    public required string Text { get; init; }

    /// <summary>Position of this unit in document order (pre-order, from 0).</summary>
    public required int Order { get; init; }

    /// <summary>The whole unit in the cleaned text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The unit's own text in the cleaned text.</summary>
    public required TextSpan TextSpan { get; init; }

    /// <summary>Child units in document order.</summary>
    public IReadOnlyList<Section> Children { get; init; } = [];

    /// <summary>This unit and all its descendants, in document order.</summary>
    public IEnumerable<Section> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }
}
