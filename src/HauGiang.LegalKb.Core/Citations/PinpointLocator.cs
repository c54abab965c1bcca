using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>Where a pinpoint lands: the section, and how many of the pinpoint's parts (outermost first) it matched.</summary>
/// <param name="Section">The section named, or the nearest one that exists; null when not even the outermost part exists.</param>
/// <param name="Matched">How many parts the section matches; fewer than the pinpoint has when it fell back to a nearer unit.</param>
public readonly record struct PinpointLanding(Section? Section, int Matched);

/// <summary>Finds the section a pinpoint names in a document with text.</summary>
public static class PinpointLocator
{
    /// <summary>
    /// The section <paramref name="pinpoint"/> names in <paramref name="document"/>, or null. <paramref name="scope"/>
    /// limits the search (an attached Quy chế, whose articles are numbered afresh); <paramref name="citingPath"/> is
    /// the path to the citing section, for "Điều này".
    /// </summary>
    public static Section? Locate(LegalDocument document, Pinpoint pinpoint, Section? scope, IReadOnlyList<Section> citingPath) =>
        Land(document, pinpoint, scope, citingPath) is { Section: { } section } landing && landing.Matched == pinpoint.Parts.Count ? section : null;

    /// <summary>
    /// The section <paramref name="pinpoint"/> names or, when the text lacks an inner part ("điểm đ" of a clause without
    /// points), the nearest enclosing unit that exists: the article or clause the pinpoint goes through.
    /// </summary>
    public static PinpointLanding Land(LegalDocument document, Pinpoint pinpoint, Section? scope, IReadOnlyList<Section> citingPath)
    {
        var parts = pinpoint.Parts;
        if (pinpoint.RelativeToArticle)
        {
            // "khoản 1 Điều này": the parts (clause, point) below the article the citing text is in.
            var article = citingPath.LastOrDefault(s => s.Kind == SectionKind.Article);
            return article is null ? default : Descend(article, parts);
        }

        if (parts.Count == 0)
        {
            return default;
        }

        // Articles are numbered through a document: the first part may sit at any depth, but outside attachments
        // unless the reference is made from inside one ("Điều 2 của Quy chế này").
        var candidates = scope is not null
            ? scope.DescendantsAndSelf()
            : document.Sections.Where(s => s.Kind != SectionKind.Attachment).SelectMany(s => s.DescendantsAndSelf());
        var first = candidates.FirstOrDefault(s => s.Kind == parts[0].Kind && s.Label == parts[0].Label);
        if (first is null)
        {
            return default;
        }

        var landing = Descend(first, parts.Skip(1).ToList());
        return landing with { Matched = landing.Matched + 1 };
    }

    // As deep as the parts go; the last section that exists when one is missing.
    private static PinpointLanding Descend(Section start, IReadOnlyList<PinpointPart> parts)
    {
        var current = start;
        var matched = 0;
        foreach (var part in parts)
        {
            var next = current.Children.FirstOrDefault(c => c.Kind == part.Kind && c.Label == part.Label);
            if (next is null)
            {
                break;
            }

            current = next;
            matched++;
        }

        return new PinpointLanding(current, matched);
    }
}
