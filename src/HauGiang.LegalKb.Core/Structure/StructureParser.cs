using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// Builds a document's section tree from its paragraphs: each paragraph either opens a unit (the first rule that
/// matches wins) or belongs to the innermost open unit. Text before the first unit is the preamble.
/// </summary>
/// <remarks>Immutable and thread-safe once built; never throws on any paragraphs.</remarks>
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
        var roots = new List<SectionDraft>();
        var open = new List<SectionDraft>();
        var context = new StructureContext(paragraphs, open, roots);
        var lastEnd = firstIndex < offsets.Count ? offsets[firstIndex] : 0;

        for (var i = firstIndex; i < paragraphs.Count; i++)
        {
            var start = offsets[i];
            var end = start + paragraphs[i].Text.Length;
            var match = FindHeading(context, i);
            if (match is null)
            {
                if (open.Count == 0)
                {
                    Push(open, roots, new SectionDraft(SectionKind.Preamble, string.Empty, null, null, SectionRanks.Preamble, start));
                }

                open[^1].AppendText(start, end);
                lastEnd = end;
                continue;
            }

            while (open.Count > 0 && (open[^1].Rank >= match.Rank || open[^1].Kind == SectionKind.Closing))
            {
                open[^1].End = lastEnd;
                open.RemoveAt(open.Count - 1);
            }

            var heading = match.HeadingLength > 0 ? paragraphs[i].Text[..match.HeadingLength].TrimEnd() : null;
            var draft = new SectionDraft(match.Kind, match.Label, match.Title, heading, match.Rank, start);
            if (match.BodyStart >= 0)
            {
                draft.AppendText(start + match.BodyStart, end);
            }

            Push(open, roots, draft);
            i += match.ExtraParagraphs;
            lastEnd = offsets[i] + paragraphs[i].Text.Length;
        }

        foreach (var unit in open)
        {
            unit.End = lastEnd;
        }

        return roots;
    }

    private HeadingMatch? FindHeading(StructureContext context, int index)
    {
        foreach (var rule in _rules)
        {
            if (context.InClosing && !rule.AppliesInClosing)
            {
                continue;
            }

            if (rule.TryMatch(context, index) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private static void Push(List<SectionDraft> open, List<SectionDraft> roots, SectionDraft draft)
    {
        if (open.Count > 0)
        {
            open[^1].Children.Add(draft);
        }
        else
        {
            roots.Add(draft);
        }

        open.Add(draft);
    }
}
