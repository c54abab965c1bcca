using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure.Rules;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// Builds a document's section tree from its paragraphs: each paragraph either opens a unit (the first rule that
/// matches wins) or belongs to the innermost open unit. Text before the first unit is the preamble; quoted text
/// (<see cref="QuoteTracker"/>) never opens a unit.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built; never throws on any paragraphs. Every letter of the paragraphs parsed ends
/// up, in order, in some unit's heading or text.
/// </remarks>
public sealed class StructureParser
{
    private readonly IReadOnlyList<SectionRule> _rules;

    /// <summary>A parser trying <paramref name="rules"/> in order.</summary>
    public StructureParser(IReadOnlyList<SectionRule> rules) => _rules = rules;

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<SectionRule> Rules => _rules;

    /// <summary>
    /// Parses <paramref name="paragraphs"/> from <paramref name="firstIndex"/> (the paragraphs before it are the header).
    /// <paramref name="offsets"/> gives each paragraph's start in the cleaned text.
    /// </summary>
    public IReadOnlyList<SectionDraft> Parse(IReadOnlyList<SourceParagraph> paragraphs, IReadOnlyList<int> offsets, int firstIndex)
    {
        var tree = new DraftTree(firstIndex < offsets.Count && firstIndex >= 0 ? offsets[firstIndex] : 0);
        var view = new ParagraphView(paragraphs);
        var context = new StructureContext(view, tree.Open, tree.Roots);
        var quotes = new QuoteTracker(paragraphs, firstIndex);

        for (var i = Math.Max(firstIndex, 0); i < paragraphs.Count; i++)
        {
            var start = offsets[i];
            var (head, split) = quotes.IsQuoted(i) ? (null, null) : FindHeadings(context, i);
            if (split is not null)
            {
                // A unit starts inside the paragraph: read the words before it as a paragraph of their own first.
                view.Cut(i, split.Offset);
                head = head is null ? null : FindHeadings(context, i).Head;
                if (head is { ExtraParagraphs: 0 })
                {
                    Open(tree, view, offsets, i, head);
                }
                else
                {
                    tree.AppendText(start, start + view[i].Text.Length);
                }

                view.Restore();
                i = Open(tree, view, offsets, i, split);
                continue;
            }

            if (head is null && i + 1 < paragraphs.Count && !quotes.IsQuoted(i + 1)
                && CarriedLabel.Find(paragraphs[i].Text) is { } carried && (carried.Start > 0 || !context.InAttachedList)
                && OpenCarried(tree, view, context, offsets, i, carried) is var opened and >= 0)
            {
                i = opened;
                continue;
            }

            if (head is null)
            {
                tree.AppendText(start, start + paragraphs[i].Text.Length);
                continue;
            }

            i = Open(tree, view, offsets, i, head);
        }

        tree.CloseAll();
        return tree.Roots;
    }

    // Opens the unit <match> describes at paragraph <index>; returns the last paragraph it consumed.
    private static int Open(DraftTree tree, IReadOnlyList<SourceParagraph> paragraphs, IReadOnlyList<int> offsets, int index, HeadingMatch match)
    {
        var text = paragraphs[index].Text;
        var start = offsets[index];
        var offset = Math.Clamp(match.Offset, 0, text.Length);

        tree.CloseFor(match.Rank);
        var last = Math.Min(index + Math.Max(match.ExtraParagraphs, 0), paragraphs.Count - 1);
        var draft = new SectionDraft(match.Kind, match.Label, match.Title, HeadingOf(paragraphs, index, last, match, offset), match.Rank, start + offset);
        if (match.BodyStart >= 0)
        {
            var bodyStart = Math.Clamp(match.BodyStart, offset, text.Length);
            draft.AppendText(start + bodyStart, offsets[last] + paragraphs[last].Text.Length);
        }

        tree.Push(draft);
        tree.LastEnd = offsets[last] + paragraphs[last].Text.Length;
        return last;
    }

    // Reads the number left at the end of paragraph <index> (<carried>) with the next paragraph as one heading; opens
    // the unit when some rule takes it and returns the last paragraph consumed, else -1 (nothing opened).
    private int OpenCarried(DraftTree tree, ParagraphView view, StructureContext context, IReadOnlyList<int> offsets, int index, (int Start, string Label) carried)
    {
        var shift = carried.Label.Length + 1;
        view.Cut(index, carried.Start);
        view.Replace(index + 1, carried.Label + " " + view[index + 1].Text);
        var (match, _) = FindHeadings(context, index + 1);
        if (match is null || match.Offset != 0 || match.HeadingLength < carried.Label.Length
            || match.Kind is SectionKind.Closing or SectionKind.Attachment or SectionKind.Heading or SectionKind.Preamble)
        {
            view.Restore();
            return -1;
        }

        if (carried.Start > 0)
        {
            // The words before the number stay with the unit open before it.
            tree.AppendText(offsets[index], offsets[index] + view[index].Text.Length);
        }

        tree.CloseFor(match.Rank);
        var last = Math.Min(index + 1 + Math.Max(match.ExtraParagraphs, 0), view.Count - 1);
        var heading = HeadingOf(view, index + 1, last, match, 0);
        view.Restore();
        var draft = new SectionDraft(match.Kind, match.Label, match.Title, heading, match.Rank, offsets[index] + carried.Start);
        if (match.BodyStart >= 0)
        {
            var bodyStart = offsets[index + 1] + Math.Clamp(match.BodyStart - shift, 0, view[index + 1].Text.Length);
            draft.AppendText(bodyStart, offsets[last] + view[last].Text.Length);
        }

        tree.Push(draft);
        tree.LastEnd = offsets[last] + view[last].Text.Length;
        return last;
    }

    // The heading's words: from the unit's start to the heading's end in its first paragraph, then any further
    // heading lines (a title on the lines after "Chương I").
    private static string? HeadingOf(IReadOnlyList<SourceParagraph> paragraphs, int index, int last, HeadingMatch match, int offset)
    {
        if (match.Heading is { } given)
        {
            return given;
        }

        var text = paragraphs[index].Text;
        var end = Math.Clamp(match.HeadingLength, offset, text.Length);
        var parts = new List<string>();
        if (text[offset..end].Trim() is { Length: > 0 } first)
        {
            parts.Add(first);
        }

        if (match.BodyStart < 0)
        {
            for (var i = index + 1; i <= last; i++)
            {
                parts.Add(paragraphs[i].Text.Trim());
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    // The first rule's heading at the paragraph's start, and the first rule's heading starting inside it.
    private (HeadingMatch? Head, HeadingMatch? Split) FindHeadings(StructureContext context, int index)
    {
        HeadingMatch? split = null;
        // A table's rows and cells in an attached text (a Phụ lục's task table, a form), the rows of a table of
        // records in the body and a Markdown table's row anywhere (its cells joined by " | "), and a line that goes on
        // from a reference broken off at the end of the one before, number no units.
        var numbersNone = context.InAttachedTable(index) || context.InRecordTable(index)
            || context.Paragraphs[index].Text.Contains(" | ", StringComparison.Ordinal)
            || UnitHeadings.ContinuesReference(context, index);
        foreach (var rule in _rules)
        {
            if (context.InClosing && !rule.AppliesInClosing)
            {
                continue;
            }

            if (rule.TryMatch(context, index) is not { } match
                || (numbersNone && match.Kind is not (SectionKind.Closing or SectionKind.Attachment or SectionKind.Heading)))
            {
                continue;
            }

            if (match.Offset <= 0)
            {
                return (match, split);
            }

            split ??= match;
        }

        return (null, split);
    }

    // The tree being built: its roots, the chain of open units, and where the last text read ends.
    private sealed class DraftTree(int lastEnd)
    {
        public List<SectionDraft> Roots { get; } = [];

        public List<SectionDraft> Open { get; } = [];

        public int LastEnd { get; set; } = lastEnd;

        public void AppendText(int start, int end)
        {
            if (Open.Count == 0)
            {
                Push(new SectionDraft(SectionKind.Preamble, string.Empty, null, null, SectionRanks.Preamble, start));
            }

            Open[^1].AppendText(start, end);
            LastEnd = end;
        }

        // Closes every open unit a heading of <rank> ends: those of the same or a greater rank, and a closing.
        public void CloseFor(int rank)
        {
            while (Open.Count > 0 && (Open[^1].Rank >= rank || Open[^1].Kind == SectionKind.Closing))
            {
                Open[^1].End = LastEnd;
                Open.RemoveAt(Open.Count - 1);
            }
        }

        public void Push(SectionDraft draft)
        {
            (Open.Count > 0 ? Open[^1].Children : Roots).Add(draft);
            Open.Add(draft);
        }

        public void CloseAll()
        {
            foreach (var unit in Open)
            {
                unit.End = LastEnd;
            }
        }
    }
}
