using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>What rules may see of the parse in progress: the paragraphs and the units open at this point.</summary>
public sealed partial class StructureContext
{
    private readonly List<SectionDraft> _open;
    private readonly List<SectionDraft> _roots;

    internal StructureContext(IReadOnlyList<SourceParagraph> paragraphs, List<SectionDraft> open, List<SectionDraft> roots)
    {
        Paragraphs = paragraphs;
        _open = open;
        _roots = roots;
    }

    /// <summary>All paragraphs of the document.</summary>
    public IReadOnlyList<SourceParagraph> Paragraphs { get; }

    /// <summary>True while the document's closing (Nơi nhận, signature) is the innermost open unit.</summary>
    public bool InClosing => _open.Count > 0 && _open[^1].Kind == SectionKind.Closing;

    /// <summary>True once some unit other than the preamble has been opened: the document's own title lies behind.</summary>
    public bool HasUnits => _roots.Any(r => r.Kind != SectionKind.Preamble);

    /// <summary>
    /// True inside an attached list (a Phụ lục, Danh mục, Danh sách or form), where a number alone on its line is a
    /// table's cell, not a heading's number.
    /// </summary>
    public bool InAttachedList =>
        NearestOpen(SectionKind.Attachment) is { } attachment
        && ListLabels.Any(l => attachment.Label.StartsWith(l, StringComparison.Ordinal));

    /// <summary>True when paragraph <paramref name="index"/> is a table's row or cell inside an attached text: never a unit's heading.</summary>
    public bool InAttachedTable(int index) =>
        Paragraphs[index].Layout?.InTable == true && NearestOpen(SectionKind.Attachment) is not null;

    /// <summary>
    /// True when paragraph <paramref name="index"/> is a row of a table whose first row heads a list of records ("STT",
    /// "TT", "Số TT"): a task table in the body, whose numbered rows are no units.
    /// </summary>
    public bool InRecordTable(int index)
    {
        for (var i = index; i >= 0 && index - i <= MaxRowsToTableHead && Paragraphs[i].Layout?.InTable == true; i--)
        {
            if (i < index && RecordTableHead().IsMatch(Paragraphs[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // How far back a row looks for its table's head row.
    private const int MaxRowsToTableHead = 300;

    [GeneratedRegex(@"^(?:STT|TT|Số\s*TT|Số thứ tự)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecordTableHead();

    private static readonly string[] ListLabels = ["Phụ lục", "Danh mục", "Danh sách", "Mẫu", "Biểu mẫu"];

    /// <summary>True once a closing has been opened anywhere at the top of the document or of an attachment.</summary>
    public bool AfterClosing => InClosing || _roots.Any(r => r.Kind == SectionKind.Closing);

    /// <summary>The innermost open unit of one of the given kinds, or null.</summary>
    public SectionDraft? NearestOpen(params SectionKind[] kinds)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (kinds.Contains(_open[i].Kind))
            {
                return _open[i];
            }
        }

        return null;
    }

    /// <summary>The innermost open unit of one of the given kinds whose label is <paramref name="label"/>, or null.</summary>
    public SectionDraft? NearestOpenLabelled(string label, params SectionKind[] kinds)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (kinds.Contains(_open[i].Kind) && _open[i].Label == label)
            {
                return _open[i];
            }
        }

        return null;
    }

    /// <summary>The innermost open unit that a new unit of <paramref name="rank"/> would be a child of (null: the document).</summary>
    public SectionDraft? ParentFor(int rank)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Rank < rank)
            {
                return _open[i];
            }
        }

        return null;
    }


    /// <summary>
    /// The last unit of <paramref name="kind"/> anywhere under <paramref name="scope"/> (the document when null), in
    /// document order: the last article of an attachment or of the document, whatever chapter holds it.
    /// </summary>
    public SectionDraft? LastDescendant(SectionDraft? scope, SectionKind kind)
    {
        var children = scope?.Children ?? _roots;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i].Kind == SectionKind.Attachment && scope is null)
            {
                continue;
            }

            if (LastDescendant(children[i], kind) is { } deeper)
            {
                return deeper;
            }

            if (children[i].Kind == kind)
            {
                return children[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The last child of <paramref name="parent"/> (the document when null) of the given kind (and of
    /// <paramref name="rank"/> when given), or null.
    /// </summary>
    public SectionDraft? LastChild(SectionDraft? parent, SectionKind kind, int? rank = null)
    {
        var children = parent?.Children ?? _roots;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i].Kind == kind && (rank is null || children[i].Rank == rank))
            {
                return children[i];
            }
        }

        return null;
    }

    /// <summary>The label of the last child of <paramref name="parent"/> (the document when null) of the given kind.</summary>
    public string? LastChildLabel(SectionDraft? parent, SectionKind kind) => LastChild(parent, kind)?.Label;

}
