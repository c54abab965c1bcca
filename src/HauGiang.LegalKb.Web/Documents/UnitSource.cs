using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// Where a unit's words are read from, to show and quote it whole (<see cref="UnitText"/>) without copying it: the
/// unit's own text when it has no sub-units, else the range of the document's cleaned text from its own text to the end
/// of its last sub-unit. Long units are read and quoted in parts of <see cref="AnswerLimits.SectionPageCharacters"/>.
/// </summary>
/// <param name="Document">The unit's document.</param>
/// <param name="Section">The unit.</param>
/// <param name="Text">The string the unit's words are in.</param>
/// <param name="Offset">Where <paramref name="Text"/>'s first character stands in the document's cleaned text.</param>
/// <param name="Range">The unit's words in <paramref name="Text"/>.</param>
public sealed record UnitSource(LegalDocument Document, Section Section, string Text, int Offset, TextPart Range)
{
    /// <summary>The whole of <paramref name="section"/>.</summary>
    public static UnitSource Of(LegalDocument document, Section section)
    {
        var own = new UnitSource(document, section, section.Text, section.TextSpan.Start, new TextPart(0, section.Text.Length));
        if (section.Children.Count == 0)
        {
            return own;
        }

        var whole = UnitText.Whole(document, section);
        return whole.Length > 0 && whole.End <= document.CleanedText.Length
            ? new UnitSource(document, section, document.CleanedText, 0, new TextPart(whole.Start, whole.End))
            : own;
    }

    /// <summary>How many characters the whole unit holds.</summary>
    public int Length => Range.Length;

    /// <summary>The parts the unit is read and quoted in, on its page and in the quotations API.</summary>
    public IReadOnlyList<TextPart> Parts => TextParts.Of(Text, Range, AnswerLimits.SectionPageCharacters);

    /// <summary>
    /// The words of <paramref name="part"/> as quoted: without the line break that ends a part, and the unit's heading
    /// when it says nothing else.
    /// </summary>
    public string Quoted(TextPart part)
    {
        var text = part.Of(Text).TrimEnd('\n');
        return text.Length == 0 && Range.Length == 0 ? Section.Heading ?? string.Empty : text;
    }

    /// <summary>The citations made in <paramref name="part"/>, its sub-units' included, in document order.</summary>
    public IReadOnlyList<Citation> CitationsIn(KnowledgeBase knowledgeBase, TextPart part)
    {
        var from = Offset + part.Start;
        var to = Offset + part.End;
        var first = part.Start == Range.Start;
        return Section.DescendantsAndSelf()
            .SelectMany(s => knowledgeBase.CitationsFromSection(s.Id))
            .Where(c => (first && c.FromSectionId == Section.Id && c.Span.Start < to) || (c.Span.Start >= from && c.Span.Start < to))
            .OrderBy(c => c.Span.Start)
            .ToList();
    }

    /// <summary>The lines of <paramref name="part"/>, with the citations in it marked.</summary>
    public IReadOnlyList<CitedText.Line> Lines(TextPart part, IEnumerable<Citation> citations) => CitedText.Lines(Text, Offset, part, citations);
}
