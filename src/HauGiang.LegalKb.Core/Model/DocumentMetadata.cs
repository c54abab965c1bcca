namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// Facts about a document. Every field is optional: unknown is null, never a placeholder such as "Đang cập nhật".
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Số hiệu.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>Loại văn bản.</summary>
    public DocumentType? Type { get; init; }

    /// <summary>Trích yếu: the title as the document writes it.</summary>
    public string? Title { get; init; }

    /// <summary>Cơ quan ban hành: "Ủy ban nhân dân tỉnh Hậu Giang".</summary>
    public string? Issuer { get; init; }

    /// <summary>The place the document is issued for or at ("Hậu Giang"), used to tell apart documents with the same number.</summary>
    public string? Place { get; init; }

    /// <summary>Người ký: "Trương Cảnh Tuyên".</summary>
    public string? Signer { get; init; }

    /// <summary>The signer's office: "Phó Chủ tịch".</summary>
    public string? SignerTitle { get; init; }

    /// <summary>The capacity lines of the signature: ["TM. Ủy ban nhân dân", "KT. Chủ tịch"].</summary>
    public IReadOnlyList<string> SigningCapacity { get; init; } = [];

    /// <summary>Ngày ban hành.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Ngày hiệu lực.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Ngày công báo.</summary>
    public DateOnly? GazettedOn { get; init; }

    /// <summary>Số công báo.</summary>
    public string? GazetteNumber { get; init; }

    /// <summary>Tình trạng hiệu lực.</summary>
    public string? Status { get; init; }

    /// <summary>A short subject (for reference-only documents, from the catalogue).</summary>
    public string? Subject { get; init; }

    /// <summary>Nơi nhận: one entry per recipient line.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Which of <see cref="DocumentFacts"/> this record knows.</summary>
    public DocumentFacts Known =>
        (Number is null ? 0 : DocumentFacts.Number) | (Type is null ? 0 : DocumentFacts.Type) | (Issuer is null ? 0 : DocumentFacts.Issuer)
        | (IssuedOn is null ? 0 : DocumentFacts.IssuedOn) | (Signer is null ? 0 : DocumentFacts.Signer) | (Title is null ? 0 : DocumentFacts.Title);

    /// <summary>
    /// Fills every field this record lacks from <paramref name="fallback"/>: this record wins where both have a value.
    /// </summary>
    public DocumentMetadata Or(DocumentMetadata fallback) => new()
    {
        Number = Number ?? fallback.Number,
        Type = Type ?? fallback.Type,
        Title = Title ?? fallback.Title,
        Issuer = Issuer ?? fallback.Issuer,
        Place = Place ?? fallback.Place,
        Signer = Signer ?? fallback.Signer,
        SignerTitle = SignerTitle ?? fallback.SignerTitle,
        SigningCapacity = SigningCapacity.Count > 0 ? SigningCapacity : fallback.SigningCapacity,
        IssuedOn = IssuedOn ?? fallback.IssuedOn,
        EffectiveOn = EffectiveOn ?? fallback.EffectiveOn,
        GazettedOn = GazettedOn ?? fallback.GazettedOn,
        GazetteNumber = GazetteNumber ?? fallback.GazetteNumber,
        Status = Status ?? fallback.Status,
        Subject = Subject ?? fallback.Subject,
        Recipients = Recipients.Count > 0 ? Recipients : fallback.Recipients,
    };
}
