using System.Runtime.CompilerServices;

namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// Where each section of a document stands: its ancestors, and the deepest section at a position of the cleaned text.
/// Built once per section tree (see <see cref="Of"/>) and shared by everything that needs a section's path: citation
/// chains, breadcrumbs, pinpoints, the place of a citation.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentOutline
{
    // One outline per section tree: a document copied with `with` keeps its tree and therefore its outline.
    private static readonly ConditionalWeakTable<IReadOnlyList<Section>, DocumentOutline> s_outlines = [];

    private readonly Dictionary<SectionId, (Section Section, Section? Parent)> _byId = [];
    private readonly IReadOnlyList<Section> _roots;

    private DocumentOutline(IReadOnlyList<Section> roots)
    {
        _roots = roots;
        var pending = new Stack<(Section Section, Section? Parent)>(roots.Reverse().Select(r => (r, (Section?)null)));
        while (pending.Count > 0)
        {
            var (section, parent) = pending.Pop();
            _byId.TryAdd(section.Id, (section, parent));
            for (var i = section.Children.Count - 1; i >= 0; i--)
            {
                pending.Push((section.Children[i], section));
            }
        }
    }

    /// <summary>The outline of <paramref name="document"/>'s section tree.</summary>
    public static DocumentOutline Of(LegalDocument document) => Of(document.Sections);

    /// <summary>The outline of a section tree.</summary>
    public static DocumentOutline Of(IReadOnlyList<Section> roots) => s_outlines.GetValue(roots, r => new DocumentOutline(r));

    /// <summary>The section with this id, or null.</summary>
    public Section? Find(SectionId id) => _byId.TryGetValue(id, out var entry) ? entry.Section : null;

    /// <summary>The section's ancestors, from the top of the document down to its parent; empty for a top-level or unknown section.</summary>
    public IReadOnlyList<Section> Ancestors(SectionId id)
    {
        var result = new List<Section>();
        for (var parent = _byId.TryGetValue(id, out var entry) ? entry.Parent : null; parent is not null; parent = _byId[parent.Id].Parent)
        {
            result.Add(parent);
        }

        result.Reverse();
        return result;
    }

    /// <summary>The path from the top of the document to the section, the section included; empty when it is not in this document.</summary>
    public IReadOnlyList<Section> Path(SectionId id) =>
        _byId.TryGetValue(id, out var entry) ? [.. Ancestors(id), entry.Section] : [];

    /// <summary>The deepest section whose span holds <paramref name="offset"/> of the cleaned text, or null (the title above the first section).</summary>
    public Section? SectionAt(int offset)
    {
        Section? found = null;
        for (var level = _roots; level.Count > 0;)
        {
            var inside = Contains(level, offset);
            if (inside is null)
            {
                break;
            }

            found = inside;
            level = inside.Children;
        }

        return found;
    }

    // Siblings are in document order and do not overlap: the first one holding the offset is the one.
    private static Section? Contains(IReadOnlyList<Section> level, int offset)
    {
        foreach (var section in level)
        {
            if (section.Span.Start <= offset && offset < section.Span.End)
            {
                return section;
            }
        }

        return null;
    }
}
