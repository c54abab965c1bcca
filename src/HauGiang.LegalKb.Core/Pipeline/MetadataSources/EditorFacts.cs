using System.Text.Encodings.Web;
using System.Text.Json;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Pipeline.MetadataSources;

/// <summary>
/// An editor's corrections, kept beside the source as a small JSON file (<c>x.pdf.facts.json</c>, see
/// <see cref="SidecarSuffix"/>): <c>{ "number": "9901/KH-UBND", "issuedOn": "09/09/2031" }</c>, with the keys of Markdown
/// front matter (number, type, title, issuer, signer, issuedOn). Registered first on every pipeline: a corrected fact
/// wins over what the text says. The caller reads the file (<see cref="Reading.SourceFile.Corrections"/>); a sidecar
/// that is not such an object gives nothing.
/// </summary>
public sealed class EditorFacts : IMetadataSource
{
    /// <summary>What a source's sidecar file name adds to the source's: "sources/x.pdf" → "sources/x.pdf.facts.json".</summary>
    public const string SidecarSuffix = ".facts.json";

    /// <summary>The largest sidecar read, in bytes (six facts take a few hundred).</summary>
    public const int MaxSidecarBytes = 64 * 1024;

    private static readonly JsonSerializerOptions s_write = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The keys a sidecar holds, in the order written.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["number", "type", "title", "issuer", "signer", "issuedOn"];

    /// <inheritdoc />
    public DocumentMetadata Read(DocumentEvidence evidence) => Parse(evidence.Corrections);

    /// <summary>The facts a sidecar's text gives (nothing when null or not a JSON object of strings). Never throws.</summary>
    public static DocumentMetadata Parse(string? json) => MetadataFields.FromPairs(Pairs(json));

    /// <summary>The sidecar's key/value pairs as written (known keys only, empty values left out). Never throws.</summary>
    public static IReadOnlyDictionary<string, string> Pairs(string? json)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxSidecarBytes)
        {
            return pairs;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return pairs;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (Keys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
                {
                    pairs[property.Name] = value;
                }
            }
        }
        catch (JsonException)
        {
            // Not a sidecar: no corrections.
        }

        return pairs;
    }

    /// <summary>The sidecar text for <paramref name="pairs"/> (known keys, in <see cref="Keys"/> order, empty values left out).</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> pairs) => JsonSerializer.Serialize(
        Keys.Where(k => pairs.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v)).ToDictionary(k => k, k => pairs[k].Trim()),
        s_write) + "\n";
}
