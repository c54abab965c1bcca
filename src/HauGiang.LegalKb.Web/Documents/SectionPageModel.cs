using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>What a section page shows: its place, its text with linked citations, neighbours, quotation and backlinks.</summary>
public sealed record SectionPageModel(
    KnowledgeBase KnowledgeBase,
    LegalDocument Document,
    Section Section,
    IReadOnlyList<Section> Path,
    Section? Previous,
    Section? Next,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Citation> CitedBy,
    Quotation Quotation)
{
    /// <summary>The model of <paramref name="section"/>'s page; <paramref name="baseUrl"/> starts its permanent link.</summary>
    public static SectionPageModel Create(KnowledgeBase knowledgeBase, LegalDocument document, Section section, string baseUrl)
    {
        var all = document.AllSections().ToList();
        var index = all.FindIndex(s => s.Id == section.Id);
        return new SectionPageModel(
            knowledgeBase,
            document,
            section,
            knowledgeBase.PathTo(section.Id) is { Count: > 0 } path ? path : [section],
            index > 0 ? all[index - 1] : null,
            index >= 0 && index + 1 < all.Count ? all[index + 1] : null,
            knowledgeBase.CitationsFromSection(section.Id).ToList(),
            knowledgeBase.CitedBy(section.Id).ToList(),
            Quotation.Of(document, section, Shared.Links.Absolute(baseUrl, Shared.Links.Section(section))));
    }

    /// <summary>The unit's name in a citation chain: "Tiểu mục 2.8 mục 2 phần III".</summary>
    public string UnitName => CitationFormatter.UnitChain(Document, Section);
}
