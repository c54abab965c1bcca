using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>A document as the CLI and the web API give it; <see cref="Sections"/> is null in lists and a tree in <c>show</c>.</summary>
public sealed record DocumentDto(
    string Id,
    string? Number,
    string? Type,
    string? Title,
    string? Issuer,
    string? Place,
    string? Signer,
    string? SignerTitle,
    IReadOnlyList<string> SigningCapacity,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    DateOnly? GazettedOn,
    string? GazetteNumber,
    string? Status,
    string? Subject,
    IReadOnlyList<string> Recipients,
    bool HasFullText,
    string? SourcePath,
    string? Format,
    int Pages,
    double? OcrConfidence,
    int SectionCount,
    int CitationCount,
    int CitedByCount,
    IReadOnlyList<SectionDto>? Sections,
    IReadOnlyList<CitationDto>? Citations,
    IReadOnlyList<CitationDto>? CitedBy)
{
    public static DocumentDto From(LegalDocument document, KnowledgeBase knowledgeBase, bool withDetails)
    {
        var citations = knowledgeBase.CitationsFrom(document.Id).ToList();
        var citedBy = knowledgeBase.CitedBy(document.Id).ToList();
        var m = document.Metadata;
        return new DocumentDto(
            document.Id.Value,
            m.Number?.Value,
            m.Type?.Name,
            m.Title,
            m.Issuer,
            m.Place,
            m.Signer,
            m.SignerTitle,
            m.SigningCapacity,
            m.IssuedOn,
            m.EffectiveOn,
            m.GazettedOn,
            m.GazetteNumber,
            m.Status,
            m.Subject,
            m.Recipients,
            document.HasFullText,
            document.SourcePath,
            document.Source?.Format,
            document.Source?.Pages ?? 0,
            document.Source?.OcrConfidence,
            document.AllSections().Count(),
            citations.Count,
            citedBy.Count,
            withDetails ? document.Sections.Select(s => SectionDto.From(s, knowledgeBase)).ToList() : null,
            withDetails ? citations.Select(CitationDto.Of).ToList() : null,
            withDetails ? citedBy.Select(CitationDto.Of).ToList() : null);
    }
}
