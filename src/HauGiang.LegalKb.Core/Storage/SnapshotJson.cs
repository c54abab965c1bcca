using System.Text.Json;
using System.Text.Json.Serialization;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>How a generation's files are written: the stored format's own records (Storage/Format), camel case, kinds as names.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };
}
