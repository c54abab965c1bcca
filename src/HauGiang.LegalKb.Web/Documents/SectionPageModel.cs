using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// What a section page shows: its place, the whole unit (its text and its sub-units', one part of it when it is longer
/// than a section page) with linked citations, neighbours, quotation (of what the page shows, and of the unit's opening
/// alone when it has one) and backlinks.
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
    Quotation? Intro,
    DocumentLayout Layout,
    UnitSource Source,
    int Page)
{
    /// <summary>The parts <paramref name="section"/> is read in on its page: the whole unit, in pages.</summary>
    public static IReadOnlyList<TextPart> PartsOf(LegalDocument document, Section section) => UnitSource.Of(document, section).Parts;

    /// <summary>
    /// The model of page <paramref name="page"/> of <paramref name="section"/>'s page (one of <see cref="PartsOf"/>);
    /// <paramref name="baseUrl"/> starts its permanent link.
    /// </summary>
    public static SectionPageModel Create(KnowledgeBase knowledgeBase, LegalDocument document, Section section, string baseUrl, int page = 1)
    {
        var layout = DocumentLayout.Of(document);
        var source = UnitSource.Of(document, section);
        var part = source.Parts[page - 1];
        var link = Links.Absolute(baseUrl, Links.Section(section));

        // What is quoted is what the page shows: the whole unit, or for a long one this page of it.
        var quotation = Quotation.Of(document, section, link, source.Quoted(part));
        var intro = UnitText.HasIntro(section) && section.Text.Length <= AnswerLimits.SectionPageCharacters
            ? Quotation.Of(document, section, link, UnitText.IntroOf(section))
            : null;
        return new SectionPageModel(
            knowledgeBase,
            document,
            section,
            knowledgeBase.PathTo(section.Id) is { Count: > 0 } path ? path : [section],
            layout.Previous(section),
            layout.Next(section),
            source.CitationsIn(knowledgeBase, part),
            knowledgeBase.CitedBy(section.Id).ToList(),
            quotation,
            intro,
            layout,
            source,
            page);
    }

    /// <summary>The parts the unit is read in.</summary>
    public IReadOnlyList<TextPart> Parts => Source.Parts;

    /// <summary>The part of the unit this page shows.</summary>
    public TextPart Part => Parts[Page - 1];

    /// <summary>The address of page <paramref name="page"/> of this section's page.</summary>
    public string PageHref(int page) => page == 1 ? Links.Section(Section) : $"{Links.Section(Section)}?page={page}";

    /// <summary>The unit's name in a citation chain: "Tiểu mục 2.8 mục 2 phần III".</summary>
    public string UnitName => CitationFormatter.UnitChain(Document, Section);
}
