using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Storage.Format;

/// <summary>A citation as a generation stores it (citations.json).</summary>
internal sealed record StoredCitation
{
    public required string FromDocument { get; init; }

    public string? FromSection { get; init; }

    public IReadOnlyList<string> FromLabels { get; init; } = [];

    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public string? Number { get; init; }

    public string? Type { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public string? Issuer { get; init; }

    public string? Subject { get; init; }

    public string? Name { get; init; }

    public StoredPinpoint? Pinpoint { get; init; }

    public bool IsSelfReference { get; init; }

    public RelationKind Relation { get; init; }

    public string? Target { get; init; }

    public string? TargetSection { get; init; }

    public bool Resolved { get; init; }

    public string? Note { get; init; }

    public string? ImplementedBy { get; init; }

    public static StoredCitation From(Citation c) => new()
    {
        FromDocument = c.FromDocumentId.Value, FromSection = c.FromSectionId?.ToString(), FromLabels = c.FromLabels, Span = c.Span, Text = c.Text,
        Number = c.Number?.Value, Type = c.Type?.Name, IssuedOn = c.IssuedOn, Issuer = c.Issuer, Subject = c.Subject, Name = c.Name,
        Pinpoint = c.Pinpoint is { } p ? StoredPinpoint.From(p) : null, IsSelfReference = c.IsSelfReference, Relation = c.Relation,
        Target = c.TargetDocumentId?.Value, TargetSection = c.TargetSectionId?.ToString(), Resolved = c.Resolved, Note = c.Note,
        ImplementedBy = c.ImplementedByDocumentId?.Value,
    };

    /// <exception cref="FormatException">An id, number or type the model does not accept: the file is damaged.</exception>
    public Citation ToCitation() => new()
    {
        FromDocumentId = StoredValues.DocumentId(FromDocument), FromSectionId = StoredValues.SectionId(FromSection), FromLabels = FromLabels,
        Span = Span, Text = Text, Number = StoredValues.Number(Number), Type = StoredValues.Type(Type), IssuedOn = IssuedOn,
        Issuer = Issuer, Subject = Subject, Name = Name, Pinpoint = Pinpoint?.ToPinpoint(), IsSelfReference = IsSelfReference,
        Relation = Relation, TargetDocumentId = StoredValues.OptionalDocumentId(Target), TargetSectionId = StoredValues.SectionId(TargetSection),
        Resolved = Resolved, Note = Note, ImplementedByDocumentId = StoredValues.OptionalDocumentId(ImplementedBy),
    };
}

/// <summary>A pinpoint as a generation stores it.</summary>
internal sealed record StoredPinpoint(string Text, IReadOnlyList<PinpointPart> Parts, bool RelativeToArticle, string? Attachment)
{
    public static StoredPinpoint From(Pinpoint p) => new(p.Text, p.Parts, p.RelativeToArticle, p.Attachment);

    public Pinpoint ToPinpoint() => new(Text, Parts, RelativeToArticle, Attachment);
}

/// <summary>A retired id as a generation stores it.</summary>
internal sealed record StoredRetired(string Id, string? Successor, string Reason, DateOnly? RetiredOn)
{
    public static StoredRetired From(RetiredDocument r) => new(r.Id.Value, r.Successor?.Value, r.Reason, r.RetiredOn);

    public RetiredDocument ToRetired() => new(StoredValues.DocumentId(Id), StoredValues.OptionalDocumentId(Successor), Reason, RetiredOn);
}
