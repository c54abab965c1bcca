using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Cli.Contracts;

/// <summary>A document as the CLI prints it; <see cref="Sections"/> is null in lists and a tree in <c>show</c>.</summary>
internal sealed record DocumentDto(
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
    int SectionCount,
    IReadOnlyList<SectionDto>? Sections)
{
    public static DocumentDto From(LegalDocument document, bool withSections)
    {
        var m = document.Metadata;
        return new DocumentDto(
            document.Id,
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
            document.AllSections().Count(),
            withSections ? document.Sections.Select(SectionDto.From).ToList() : null);
    }
}
