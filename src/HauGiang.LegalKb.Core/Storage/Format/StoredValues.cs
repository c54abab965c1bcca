using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Storage.Format;

/// <summary>Reading stored values back into the model's types; a value the model refuses means a damaged file.</summary>
internal static class StoredValues
{
    public static DocumentNumber? Number(string? value) =>
        value is null ? null : DocumentNumber.TryParse(value, out var number) ? number : throw new FormatException($"Số hiệu không hợp lệ: {value}");

    public static DocumentType? Type(string? value) =>
        value is null ? null : DocumentType.FromName(value) ?? throw new FormatException($"Loại văn bản không rõ: {value}");

    public static DocumentId DocumentId(string value) =>
        Model.DocumentId.TryParse(value, out var id) ? id : throw new FormatException($"Mã văn bản không hợp lệ: {value}");

    public static DocumentId? OptionalDocumentId(string? value) => value is null ? null : DocumentId(value);

    public static SectionId? SectionId(string? value) =>
        value is null ? null : Model.SectionId.TryParse(value, out var id) ? id : throw new FormatException($"Mã mục không hợp lệ: {value}");
}
