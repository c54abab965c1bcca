using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>Build step "backlinks": the citations by citing document and section, and by cited document and section.</summary>
internal sealed class Backlinks
{
    private readonly ILookup<DocumentId, Citation> _byFromDocument;
    private readonly ILookup<SectionId, Citation> _byFromSection;
    private readonly ILookup<DocumentId, Citation> _byTargetDocument;
    private readonly ILookup<SectionId, Citation> _byTargetSection;

    public Backlinks(IReadOnlyList<Citation> citations)
    {
        _byFromDocument = citations.ToLookup(c => c.FromDocumentId);
        _byFromSection = citations.Where(c => c.FromSectionId is not null).ToLookup(c => c.FromSectionId!.Value);
        _byTargetDocument = citations.Where(c => c.TargetDocumentId is not null && !c.IsSelfReference).ToLookup(c => c.TargetDocumentId!.Value);
        _byTargetSection = citations.Where(c => c.TargetSectionId is not null).ToLookup(c => c.TargetSectionId!.Value);
    }

    public IEnumerable<Citation> From(DocumentId document) => _byFromDocument[document];

    public IEnumerable<Citation> FromSection(SectionId section) => _byFromSection[section];

    public IEnumerable<Citation> To(DocumentId document) => _byTargetDocument[document];

    public IEnumerable<Citation> ToSection(SectionId section) => _byTargetSection[section];
}
