using System.Text.Json;
using System.Text.Json.Serialization;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>How the index stores the model as JSON: the model's own shape, numbers and types as strings.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new DocumentNumberConverter(), new DocumentTypeConverter(), new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
    };

    private sealed class DocumentNumberConverter : JsonConverter<DocumentNumber>
    {
        public override DocumentNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DocumentNumber.TryParse(reader.GetString(), out var number) ? number.Value : throw new JsonException("Bad document number.");

        public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }

    private sealed class DocumentTypeConverter : JsonConverter<DocumentType>
    {
        public override DocumentType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DocumentType.FromName(reader.GetString()) ?? throw new JsonException("Unknown document type.");

        public override void Write(Utf8JsonWriter writer, DocumentType value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Name);
    }
}
