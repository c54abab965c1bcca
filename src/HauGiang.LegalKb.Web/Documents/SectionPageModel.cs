using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// What a section page shows: its place, its text (one part of it when it is longer than a section page) with linked
/// citations, neighbours, quotation and backlinks.
/// </summary>
public sealed record SectionPageModel(
    KnowledgeBase KnowledgeBase,
    LegalDocument Document,
    Section Section,
    IReadOnlyList<Section> Path,
    Section? Previous,
    Section? Next,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Citation> CitedBy,
    Quotation Quotation,
    DocumentLayout Layout,
    IReadOnlyList<TextPart> Parts,
    int Page)
{
    /// <summary>The parts <paramref name="section"/>'s text is read in on its page.</summary>
    public static IReadOnlyList<TextPart> PartsOf(Section section) => TextParts.Of(section.Text, AnswerLimits.SectionPageCharacters);

    /// <summary>
    /// The model of page <paramref name="page"/> of <paramref name="section"/>'s page (one of <see cref="PartsOf"/>);
    /// <paramref name="baseUrl"/> starts its permanent link.
    /// </summary>
    public static SectionPageModel Create(KnowledgeBase knowledgeBase, LegalDocument document, Section section, string baseUrl, int page = 1)
    {
        var layout = DocumentLayout.Of(document);
        var parts = PartsOf(section);
        var part = parts[page - 1];
        var quotation = Quotation.Of(document, section, Links.Absolute(baseUrl, Links.Section(section)));

        // A long unit is quoted page by page: what is quoted is what the page shows, without the line break that ends it.
        if (parts.Count > 1)
        {
            quotation = quotation with { Text = part.Of(section.Text).TrimEnd('\n') };
        }

        var citations = knowledgeBase.CitationsFromSection(section.Id);
        return new SectionPageModel(
            knowledgeBase,
            document,
            section,
            knowledgeBase.PathTo(section.Id) is { Count: > 0 } path ? path : [section],
            layout.Previous(section),
            layout.Next(section),
            (parts.Count > 1 ? citations.Where(c => part.Holds(c, section)) : citations).ToList(),
            knowledgeBase.CitedBy(section.Id).ToList(),
            quotation,
            layout,
            parts,
            page);
    }

    /// <summary>The part of the text this page shows.</summary>
    public TextPart Part => Parts[Page - 1];

    /// <summary>The address of page <paramref name="page"/> of this section's page.</summary>
    public string PageHref(int page) => page == 1 ? Links.Section(Section) : $"{Links.Section(Section)}?page={page}";

    /// <summary>The unit's name in a citation chain: "Tiểu mục 2.8 mục 2 phần III".</summary>
    public string UnitName => CitationFormatter.UnitChain(Document, Section);
}
