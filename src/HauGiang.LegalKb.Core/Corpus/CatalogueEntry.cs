using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Facts about one document, as the catalogue (corpus/catalogue.json) states them. A document whose text is not in
/// the corpus becomes a reference-only record from these facts; one whose text is gets them where its text is silent.
/// </summary>
public sealed record CatalogueEntry
{
    /// <summary>Số hiệu as written in the catalogue.</summary>
    public string? Number { get; init; }

    /// <summary>Loại văn bản: "Nghị quyết".</summary>
    public string? Type { get; init; }

    /// <summary>Ngày ban hành, yyyy-MM-dd or dd/MM/yyyy.</summary>
    public string? IssuedOn { get; init; }

    /// <summary>Ngày hiệu lực.</summary>
    public string? EffectiveOn { get; init; }

    /// <summary>Cơ quan ban hành.</summary>
    public string? Issuer { get; init; }

    /// <summary>The place that tells apart documents with the same number ("Hậu Giang").</summary>
    public string? Place { get; init; }

    /// <summary>The title, when the document has a name of its own (a Luật).</summary>
    public string? Title { get; init; }

    /// <summary>A short subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Names that refer to the document without its number ("Nghị quyết Trung ương 4 khóa XI").</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Where the facts come from ("the plan", "public record").</summary>
    public string? FactSource { get; init; }

    /// <summary>The facts as metadata; text that parses as nothing is left out.</summary>
    public DocumentMetadata ToMetadata() => new()
    {
        Number = DocumentNumber.TryParse(Number, out var number) ? number : null,
        Type = DocumentType.FromName(Type),
        IssuedOn = VietnameseDate.TryParse(IssuedOn),
        EffectiveOn = VietnameseDate.TryParse(EffectiveOn),
        Issuer = Issuer,
        Place = Place,
        Title = Title,
        Subject = Subject,
    };
}
