using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>Where a citation stands, in words a reader knows: "III.2.2.8", "phần mở đầu", "phần kết", "tiêu đề".</summary>
public static class CitationPlaces
{
    /// <summary>The place of <paramref name="citation"/> in its document.</summary>
    public static string Of(KnowledgeBase knowledgeBase, Citation citation)
    {
        if (citation.FromLabels.Count > 0)
        {
            return string.Join('.', citation.FromLabels);
        }

        if (citation.FromSectionId is not { } id)
        {
            return "tiêu đề";
        }

        return knowledgeBase.FindSection(id)?.Section.Kind switch
        {
            SectionKind.Preamble => "phần mở đầu",
            SectionKind.Closing => "phần kết",
            _ => id.ToString(),
        };
    }
}
