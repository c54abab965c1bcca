using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>A citation as the CLI and the web API give it.</summary>
public sealed record CitationDto(
    CitationDto.Place From,
    string Text,
    string? Number,
    string? Type,
    DateOnly? IssuedOn,
    string? Issuer,
    string? Subject,
    string? Name,
    CitationDto.PinpointDto? Pinpoint,
    RelationKind Relation,
    bool SelfReference,
    CitationDto.Place? Target,
    bool Resolved,
    string? Note,
    SpanDto Span)
{
    public static CitationDto Of(Citation c) => new(
        new Place(c.FromDocumentId.Value, c.FromSectionId?.ToString(), c.FromLabels),
        c.Text,
        c.Number?.Value,
        c.Type?.Name,
        c.IssuedOn,
        c.Issuer,
        c.Subject,
        c.Name,
        c.Pinpoint is { } p ? new PinpointDto(p.Text, p.Parts.Select(x => new PinpointPartDto(x.Kind, x.Label)).ToList()) : null,
        c.Relation,
        c.IsSelfReference,
        c.TargetDocumentId is { } target ? new Place(target.Value, c.TargetSectionId?.ToString(), null) : null,
        c.Resolved,
        c.Note,
        SpanDto.From(c.Span));

    /// <summary>A document, and optionally a section of it.</summary>
    public sealed record Place(string DocumentId, string? SectionId, IReadOnlyList<string>? Labels);

    /// <summary>A pinpoint: its words and its units, outermost first.</summary>
    public sealed record PinpointDto(string Text, IReadOnlyList<PinpointPartDto> Parts);

    /// <summary>One unit of a pinpoint.</summary>
    public sealed record PinpointPartDto(SectionKind Kind, string Label);
}
