using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Turns "key: value" facts (a site's header, Markdown front matter, HTML meta) into <see cref="DocumentMetadata"/>.
/// Keys are accepted in Vietnamese as sites print them ("Số hiệu", "Ngày ban hành") and in the English names of
/// <see cref="DocumentMetadata"/> ("number", "issuedOn"), with or without diacritics, in any case.
/// </summary>
public static class MetadataFields
{
    // Values sites show instead of facts they hide or lack: they mean "unknown" (LawNet shows the first two).
    private static readonly HashSet<string> s_placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Đã biết", "Đang cập nhật", "Đang cập nhật...", "Không xác định", "Chưa xác định", "...", "…", "-", "--", "N/A",
    };

    // Slug of a key → field name. Slugs fold diacritics, so "Số hiệu", "so_hieu" and "SO HIEU" meet.
    private static readonly Dictionary<string, string> s_keys = new(StringComparer.Ordinal)
    {
        ["so-hieu"] = "number", ["so"] = "number", ["number"] = "number",
        ["loai-van-ban"] = "type", ["loai"] = "type", ["type"] = "type",
        ["tieu-de"] = "title", ["trich-yeu"] = "title", ["ten-van-ban"] = "title", ["title"] = "title",
        ["co-quan-ban-hanh"] = "issuer", ["issuer"] = "issuer",
        ["noi-ban-hanh"] = "place", ["dia-phuong"] = "place", ["place"] = "place",
        ["nguoi-ky"] = "signer", ["signer"] = "signer",
        ["chuc-vu-nguoi-ky"] = "signerTitle", ["signer-title"] = "signerTitle", ["signertitle"] = "signerTitle",
        ["ngay-ban-hanh"] = "issuedOn", ["issued-on"] = "issuedOn", ["issuedon"] = "issuedOn",
        ["ngay-hieu-luc"] = "effectiveOn", ["effective-on"] = "effectiveOn", ["effectiveon"] = "effectiveOn",
        ["ngay-cong-bao"] = "gazettedOn", ["gazetted-on"] = "gazettedOn", ["gazettedon"] = "gazettedOn",
        ["so-cong-bao"] = "gazetteNumber", ["gazette-number"] = "gazetteNumber", ["gazettenumber"] = "gazetteNumber",
        ["tinh-trang"] = "status", ["tinh-trang-hieu-luc"] = "status", ["status"] = "status",
        ["trich-yeu-ngan"] = "subject", ["subject"] = "subject", ["noi-dung"] = "subject",
    };

    /// <summary>The Vietnamese keys a LawNet-style site header prints, in the order they appear.</summary>
    public static IReadOnlyList<string> SiteHeaderKeys { get; } =
    [
        "Số hiệu", "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
        "Ngày công báo", "Số công báo", "Tình trạng", "Lĩnh vực", "Ngày hết hiệu lực",
    ];

    /// <summary>True when the value is a site's placeholder for "unknown" ("Đã biết", "Đang cập nhật").</summary>
    public static bool IsPlaceholder(string value) => s_placeholders.Contains(VietnameseText.TrimSpaces(value));

    /// <summary>
    /// Builds metadata from key/value pairs. Unknown keys and placeholder values are ignored; the first value of a field wins.
    /// </summary>
    public static DocumentMetadata FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, rawValue) in pairs)
        {
            var value = VietnameseText.TrimSpaces(VietnameseText.Normalize(rawValue));
            if (value.Length == 0 || IsPlaceholder(value) || !s_keys.TryGetValue(VietnameseText.Slugify(key), out var field))
            {
                continue;
            }

            fields.TryAdd(field, value);
        }

        return new DocumentMetadata
        {
            Number = DocumentNumber.TryParse(Get(fields, "number"), out var number) ? number : null,
            Type = DocumentType.FromName(Get(fields, "type")),
            Title = Get(fields, "title"),
            Issuer = Get(fields, "issuer"),
            Place = Place(Get(fields, "place")),
            Signer = Get(fields, "signer"),
            SignerTitle = Get(fields, "signerTitle"),
            IssuedOn = VietnameseDate.TryParse(Get(fields, "issuedOn")),
            EffectiveOn = VietnameseDate.TryParse(Get(fields, "effectiveOn")),
            GazettedOn = VietnameseDate.TryParse(Get(fields, "gazettedOn")),
            GazetteNumber = Get(fields, "gazetteNumber"),
            Status = Get(fields, "status"),
            Subject = Get(fields, "subject"),
        };
    }

    // "Tỉnh Hậu Giang" → "Hậu Giang": the place without its administrative level.
    private static string? Place(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var level in new[] { "Tỉnh ", "Thành phố ", "TP. ", "Huyện ", "Thị xã ", "Quận " })
        {
            if (value.StartsWith(level, StringComparison.OrdinalIgnoreCase) && value.Length > level.Length)
            {
                return value[level.Length..];
            }
        }

        return value;
    }

    private static string? Get(Dictionary<string, string> fields, string name) => fields.GetValueOrDefault(name);
}
