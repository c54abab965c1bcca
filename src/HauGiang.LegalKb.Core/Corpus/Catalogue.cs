using System.Text.Json;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>The corpus catalogue: facts about documents, in corpus/catalogue.json.</summary>
public sealed class Catalogue
{
    /// <summary>The catalogue's file name inside the corpus folder.</summary>
    public const string FileName = "catalogue.json";

    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>A catalogue of the given entries.</summary>
    public Catalogue(IReadOnlyList<CatalogueEntry> entries) => Entries = entries;

    /// <summary>An empty catalogue.</summary>
    public static Catalogue Empty { get; } = new([]);

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Parses catalogue JSON. Never throws: bad JSON gives null and a message for the user.</summary>
    public static Catalogue? Parse(string json, out string? error)
    {
        error = null;
        try
        {
            var file = JsonSerializer.Deserialize<CatalogueFile>(json, s_options);
            return new Catalogue(file?.Documents ?? []);
        }
        catch (JsonException ex)
        {
            // The serializer's own message is English and names .NET types: the user gets where, and the shape expected.
            var where = $"dòng {(ex.LineNumber ?? 0) + 1}, ký tự {(ex.BytePositionInLine ?? 0) + 1}";
            error = $"Danh mục văn bản không hợp lệ ({where}): tệp phải có dạng {{ \"documents\": [ … ] }}, mỗi văn bản một mục có số hiệu, loại, ngày ban hành.";
            return null;
        }
    }

    private sealed record CatalogueFile(List<CatalogueEntry>? Documents);
}
