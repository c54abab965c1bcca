using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>Finds the section a pinpoint names in a document with text.</summary>
public static class PinpointLocator
{
    /// <summary>
    /// The section <paramref name="pinpoint"/> names in <paramref name="document"/>, or null. <paramref name="scope"/>
    /// limits the search (an attached Quy chế, whose articles are numbered afresh); <paramref name="citingPath"/> is
    /// the path to the citing section, for "Điều này".
    /// </summary>
    public static Section? Locate(LegalDocument document, Pinpoint pinpoint, Section? scope, IReadOnlyList<Section> citingPath)
    {
        IEnumerable<Section> candidates;
        var parts = pinpoint.Parts;
        if (pinpoint.RelativeToArticle)
        {
            var article = citingPath.LastOrDefault(s => s.Kind == SectionKind.Article);
            if (article is null)
            {
                return null;
            }

            return Descend(article, parts);
        }

        if (parts.Count == 0)
        {
            return null;
        }

        // Articles are numbered through a document: the first part may sit at any depth, but outside attachments
        // unless the reference is made from inside one ("Điều 2 của Quy chế này").
        candidates = scope is not null
            ? scope.DescendantsAndSelf()
            : document.Sections.Where(s => s.Kind != SectionKind.Attachment).SelectMany(s => s.DescendantsAndSelf());
        var first = candidates.FirstOrDefault(s => s.Kind == parts[0].Kind && s.Label == parts[0].Label);
        return first is null ? null : Descend(first, parts.Skip(1).ToList(), includeSelf: true);
    }

    private static Section? Descend(Section start, IReadOnlyList<PinpointPart> parts, bool includeSelf = false)
    {
        var current = start;
        foreach (var part in includeSelf ? parts : parts.Where(p => p.Kind != SectionKind.Article))
        {
            var next = current.Children.FirstOrDefault(c => c.Kind == part.Kind && c.Label == part.Label);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
