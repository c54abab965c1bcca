using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>Characters <see cref="Start"/> (included) to <see cref="End"/> (excluded) of a text.</summary>
public readonly record struct TextPart(int Start, int End)
{
    /// <summary>How many characters the part holds.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="citation"/>'s words start in this part of <paramref name="section"/>'s text (a heading's count in the first part).</summary>
    public bool Holds(Citation citation, Section section)
    {
        var start = citation.Span.Start - section.TextSpan.Start;
        return Start == 0 ? start < End : start >= Start && start < End;
    }

    /// <summary>The part's characters in <paramref name="text"/>.</summary>
    public string Of(string text) => Start == 0 && End == text.Length ? text : text[Start..End];
}
