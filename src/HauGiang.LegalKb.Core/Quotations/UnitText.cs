using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>
/// What a unit says, as a reader quotes it: the unit with everything under it, in order — its own text, then each
/// sub-unit's heading and text — exactly as the document's cleaned text has them. The unit's own heading is not part of
/// it: the citation names the unit. Its own text alone (what comes before its first sub-unit) is the exception, the
/// "phần mở đầu" of the unit.
/// </summary>
/// <remarks>Pure and thread-safe; never throws on any document.</remarks>
public static class UnitText
{
    /// <summary>
    /// Where the whole unit stands in <paramref name="document"/>'s cleaned text: from its own text (or, when it has
    /// none, its first sub-unit's heading) to the end of its last sub-unit, without the line breaks that end it. For a unit
    /// without sub-units this is exactly its <see cref="Section.TextSpan"/>. Empty when the unit says nothing.
    /// </summary>
    public static TextSpan Whole(LegalDocument document, Section section)
    {
        if (section.Children.Count == 0)
        {
            return section.TextSpan;
        }

        var text = document.CleanedText;
        var start = section.Text.Length > 0 ? section.TextSpan.Start : section.Children[0].Span.Start;
        var end = Math.Min(section.Span.End, text.Length);
        if (start < 0 || start >= end)
        {
            return section.TextSpan;
        }

        while (end > start && VietnameseText.IsSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when the unit has both text of its own and sub-units: quoting its opening alone means something.</summary>
    public static bool HasIntro(Section section) => section.Children.Count > 0 && section.Text.Length > 0;

    /// <summary>
    /// The text of the whole unit (see <see cref="Whole"/>); the heading when the unit has neither text nor sub-units
    /// (a heading is all it says). For a unit without sub-units, exactly <see cref="Section.Text"/>.
    /// </summary>
    public static string Of(LegalDocument document, Section section)
    {
        if (section.Children.Count == 0 || document.CleanedText.Length == 0)
        {
            return section.Text.Length > 0 ? section.Text : section.Heading ?? string.Empty;
        }

        var span = Whole(document, section);
        return span.Length > 0 && span.End <= document.CleanedText.Length ? span.Slice(document.CleanedText) : section.Heading ?? string.Empty;
    }

    /// <summary>The unit's own text only, before its first sub-unit (its heading when it has none).</summary>
    public static string IntroOf(Section section) => section.Text.Length > 0 ? section.Text : section.Heading ?? string.Empty;
}
