using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Storage.Format;

/// <summary>A document's facts as a generation stores them: number and type as written in canonical form.</summary>
internal sealed record StoredMetadata
{
    public string? Number { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Issuer { get; init; }

    public string? Place { get; init; }

    public string? Signer { get; init; }

    public string? SignerTitle { get; init; }

    public IReadOnlyList<string> SigningCapacity { get; init; } = [];

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public DateOnly? GazettedOn { get; init; }

    public string? GazetteNumber { get; init; }

    public string? Status { get; init; }

    public string? Subject { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public static StoredMetadata From(DocumentMetadata m) => new()
    {
        Number = m.Number?.Value, Type = m.Type?.Name, Title = m.Title, Issuer = m.Issuer, Place = m.Place, Signer = m.Signer,
        SignerTitle = m.SignerTitle, SigningCapacity = m.SigningCapacity, IssuedOn = m.IssuedOn, EffectiveOn = m.EffectiveOn,
        GazettedOn = m.GazettedOn, GazetteNumber = m.GazetteNumber, Status = m.Status, Subject = m.Subject, Recipients = m.Recipients,
    };

    /// <exception cref="FormatException">A number or type the model does not accept: the file is damaged.</exception>
    public DocumentMetadata ToMetadata() => new()
    {
        Number = StoredValues.Number(Number), Type = StoredValues.Type(Type), Title = Title, Issuer = Issuer, Place = Place,
        Signer = Signer, SignerTitle = SignerTitle, SigningCapacity = SigningCapacity, IssuedOn = IssuedOn, EffectiveOn = EffectiveOn,
        GazettedOn = GazettedOn, GazetteNumber = GazetteNumber, Status = Status, Subject = Subject, Recipients = Recipients,
    };
}
