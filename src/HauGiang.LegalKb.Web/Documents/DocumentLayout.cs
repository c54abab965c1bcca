using System.Runtime.CompilerServices;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// A document laid out for reading on screen: its units in document order with their depth, cut into pages of about
/// <see cref="AnswerLimits.DocumentPageCharacters"/> characters (a page ends between units; a unit's text counts up
/// to one section page, the rest being read on the unit's own page), and how deep its table of contents goes to stay
/// within <see cref="AnswerLimits.ListEntries"/> entries. A reader of a 300-page document gets the contents on every
/// page, linking into the other pages, and pages of about twenty printed pages each.
/// </summary>
/// <remarks>Worked out once per document of a generation (documents never change once loaded).</remarks>
public sealed class DocumentLayout
{
    // What a unit costs on a page besides its text: its heading, anchor, permalink and tools.
    private const int UnitOverhead = 200;

    private static readonly ConditionalWeakTable<LegalDocument, DocumentLayout> s_layouts = new();

    private readonly List<Unit> _units = [];
    private readonly Dictionary<SectionId, int> _indexes = [];
    private readonly List<int> _pageStarts = [];

    private DocumentLayout(LegalDocument document)
    {
        Add(document.Sections, 0, -1);
        var weight = 0;
        for (var i = 0; i < _units.Count; i++)
        {
            var section = _units[i].Section;
            var cost = Math.Min(section.Text.Length, AnswerLimits.SectionPageCharacters) + (section.Heading?.Length ?? 0) + UnitOverhead;
            if (_pageStarts.Count == 0 || (weight > 0 && weight + cost > AnswerLimits.DocumentPageCharacters))
            {
                _pageStarts.Add(i);
                weight = 0;
            }

            weight += cost;
            _units[i] = _units[i] with { Page = _pageStarts.Count };
        }

        TableOfContentsDepth = DepthWithin(AnswerLimits.ListEntries);
        Characters = _units.Sum(u => (long)u.Section.Text.Length + (u.Section.Heading?.Length ?? 0));
    }

    /// <summary>How many characters the document's units hold, headings included.</summary>
    public long Characters { get; }

    /// <summary>True when the document is short enough to print or download whole (<see cref="AnswerLimits.WholeDocumentCharacters"/>).</summary>
    public bool FitsWhole => Characters <= AnswerLimits.WholeDocumentCharacters;

    /// <summary>The units on <paramref name="page"/> in document order; every unit when <paramref name="page"/> is 0.</summary>
    public IEnumerable<Unit> UnitsOn(int page) => page == 0 ? _units : _units.Where(u => u.Page == page);

    /// <summary>One unit: the section, its depth (0 at the top), its parent's index (-1 at the top) and its page (from 1).</summary>
    public readonly record struct Unit(Section Section, int Depth, int Parent, int Page);

    /// <summary>Every unit in document order.</summary>
    public IReadOnlyList<Unit> Units => _units;

    /// <summary>How many pages the document's text takes (at least 1).</summary>
    public int PageCount => Math.Max(1, _pageStarts.Count);

    /// <summary>The deepest level the table of contents lists (0: top-level units only); -1 when even those are too many.</summary>
    public int TableOfContentsDepth { get; }

    /// <summary>The layout of <paramref name="document"/>.</summary>
    public static DocumentLayout Of(LegalDocument document) => s_layouts.GetValue(document, d => new DocumentLayout(d));

    /// <summary>The page <paramref name="section"/> stands on (1 when it is not in the document).</summary>
    public int PageOf(Section section) => _indexes.TryGetValue(section.Id, out var i) ? _units[i].Page : 1;

    /// <summary>The unit before <paramref name="section"/> in document order, or null.</summary>
    public Section? Previous(Section section) => _indexes.TryGetValue(section.Id, out var i) && i > 0 ? _units[i - 1].Section : null;

    /// <summary>The unit after <paramref name="section"/> in document order, or null.</summary>
    public Section? Next(Section section) =>
        _indexes.TryGetValue(section.Id, out var i) && i + 1 < _units.Count ? _units[i + 1].Section : null;

    /// <summary>The deepest level of the document (0 when it has only top-level units).</summary>
    public int Depth => _units.Count == 0 ? 0 : _units.Max(u => u.Depth);

    /// <summary>The units on <paramref name="page"/> whose parent is on another page (or who have none): where the page's text starts its nesting.</summary>
    public IEnumerable<Unit> RootsOn(int page) =>
        _units.Where(u => u.Page == page && (u.Parent < 0 || _units[u.Parent].Page != page));

    /// <summary>The units that hold the first unit of <paramref name="page"/> and stand on earlier pages, outermost first: what the page continues.</summary>
    public IReadOnlyList<Section> ContinuedOn(int page)
    {
        var chain = new List<Section>();
        var first = _units.FindIndex(u => u.Page == page);
        for (var i = first < 0 ? -1 : _units[first].Parent; i >= 0; i = _units[i].Parent)
        {
            chain.Insert(0, _units[i].Section);
        }

        return chain;
    }

    /// <summary>True when <paramref name="section"/> stands on <paramref name="page"/>.</summary>
    public bool IsOn(Section section, int page) => PageOf(section) == page;

    /// <summary>The address of <paramref name="section"/> in the document's full text, with its page when that is not the first.</summary>
    public string InDocument(Section section) => PageOf(section) is var page and > 1
        ? $"{Links.Document(section.DocumentId)}?page={page}#{Uri.EscapeDataString(section.EId)}"
        : Links.InDocument(section);

    private void Add(IReadOnlyList<Section> sections, int depth, int parent)
    {
        foreach (var section in sections)
        {
            var index = _units.Count;
            _indexes[section.Id] = index;
            _units.Add(new Unit(section, depth, parent, 1));
            Add(section.Children, depth + 1, index);
        }
    }

    private int DepthWithin(int entries)
    {
        var counts = _units.GroupBy(u => u.Depth).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        var depth = -1;
        for (var total = 0; depth + 1 < counts.Count && total + counts[depth + 1] <= entries; depth++)
        {
            total += counts[depth + 1];
        }

        return depth;
    }
}
