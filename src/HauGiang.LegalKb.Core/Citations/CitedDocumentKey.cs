using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>How references are matched to documents: by number (and year when both know it), or by name.</summary>
internal static class CitedDocumentKey
{
    /// <summary>A name reduced for comparison: lower case, old and new tone placement equal, single spaces.</summary>
    public static string Name(string name) =>
        string.Join(' ', ToneInsensitive(VietnameseText.Normalize(name)).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The names a document is known by: catalogue names, and "Luật Thực hiện dân chủ ở cơ sở" from type and title.</summary>
    public static IEnumerable<string> NamesOf(DocumentMetadata metadata, IEnumerable<string> catalogueNames)
    {
        foreach (var name in catalogueNames)
        {
            yield return Name(name);
        }

        if (metadata.Title is { Length: > 0 } title && metadata.Type is { } type)
        {
            yield return Name(title.StartsWith(type.Name, StringComparison.OrdinalIgnoreCase) ? title : $"{type.Name} {title}");
        }
    }

    /// <summary>True when a reference with this number and year can be to this document.</summary>
    public static bool Matches(DocumentMetadata document, DocumentNumber number, int? year) =>
        document.Number == number && (year is null || document.IssuedOn is null || document.IssuedOn.Value.Year == year);

    /// <summary>Old and new tone placement made equal (hoá → hóa, thuỷ → thủy), lengths kept.</summary>
    public static string ToneInsensitive(string text) => text
        .Replace("oá", "óa", StringComparison.Ordinal).Replace("oà", "òa", StringComparison.Ordinal)
        .Replace("oả", "ỏa", StringComparison.Ordinal).Replace("oã", "õa", StringComparison.Ordinal)
        .Replace("oạ", "ọa", StringComparison.Ordinal).Replace("oé", "óe", StringComparison.Ordinal)
        .Replace("uý", "úy", StringComparison.Ordinal).Replace("uỳ", "ùy", StringComparison.Ordinal)
        .Replace("uỷ", "ủy", StringComparison.Ordinal).Replace("uỹ", "ũy", StringComparison.Ordinal)
        .Replace("uỵ", "ụy", StringComparison.Ordinal)
        .Replace("OÁ", "ÓA", StringComparison.Ordinal).Replace("OÀ", "ÒA", StringComparison.Ordinal)
        .Replace("UỶ", "ỦY", StringComparison.Ordinal).Replace("UÝ", "ÚY", StringComparison.Ordinal);
}
