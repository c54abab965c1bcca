using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>A unit while the parser builds the tree: positions grow as paragraphs arrive.</summary>
public sealed class SectionDraft
{
    internal SectionDraft(SectionKind kind, string label, string? title, string? heading, int rank, int start)
    {
        Kind = kind;
        Label = label;
        Title = title;
        Heading = heading;
        Rank = rank;
        Start = start;
        End = start;
        TextStart = -1;
        TextEnd = -1;
    }

    /// <summary>The unit's kind.</summary>
    public SectionKind Kind { get; }

    /// <summary>The unit's label ("III", "2.8", "a"); "" for preamble and closing.</summary>
    public string Label { get; }

    /// <summary>The unit's title, or null.</summary>
    public string? Title { get; }

    /// <summary>The heading as written, or null.</summary>
    public string? Heading { get; }

    /// <summary>The rank (see <see cref="SectionRanks"/>).</summary>
    public int Rank { get; }

    /// <summary>Start of the unit in the cleaned text.</summary>
    public int Start { get; }

    /// <summary>End of the unit in the cleaned text (exclusive), its children included.</summary>
    public int End { get; internal set; }

    /// <summary>Start of the unit's own text, or -1 while it has none.</summary>
    public int TextStart { get; internal set; }

    /// <summary>End of the unit's own text (exclusive), or -1 while it has none.</summary>
    public int TextEnd { get; internal set; }

    /// <summary>Child units in order.</summary>
    public List<SectionDraft> Children { get; } = [];

    internal void AppendText(int start, int end)
    {
        if (TextStart < 0)
        {
            TextStart = start;
        }

        TextEnd = end;
    }
}
