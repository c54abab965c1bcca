using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// A document number (Số hiệu) in one canonical form, with equality on that form.
/// Party documents read "43-NQ/TW" (no year); state documents "59/2023/NĐ-CP" or "100/KH-UBND", a series' dotted
/// ordinal "66.7/2025/NQ-CP"; numbers of earlier decades name only the issuer ("120-HĐBT", "64/TTg").
/// </summary>
/// <remarks>
/// Parsing never throws. Noise is absorbed: spaces around separators ("43 -NQ/TW", "43- NQ/TW"),
/// the wrong order of a Party number ("217/QĐ-TW" is 217-QĐ/TW), upper-cased codes ("226-CTR/TU" is 226-CTr/TU).
/// The words as written stay with whoever found them (a citation), never here.
/// </remarks>
public readonly partial record struct DocumentNumber
{
    // Issuer codes of Party bodies: Trung ương, Tỉnh ủy, Huyện ủy, Thành ủy, Quận ủy, Đảng ủy, Thị ủy.
    private static readonly HashSet<string> s_partyIssuers = new(StringComparer.Ordinal) { "TW", "TU", "HU", "TƯ", "ThU", "THU", "QU", "ĐU", "TXU" };

    // Codes written in mixed case by convention; all others are upper case.
    private static readonly Dictionary<string, string> s_mixedCaseCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CTr"] = "CTr",
        ["CTrPH"] = "CTrPH",
        ["TTr"] = "TTr",
    };

    private DocumentNumber(string value, string ordinal, int? year, string code, string issuerCode, bool isParty)
    {
        Value = value;
        Ordinal = ordinal;
        Year = year;
        Code = code;
        IssuerCode = issuerCode;
        IsParty = isParty;
    }

    /// <summary>The canonical form: "43-NQ/TW", "59/2023/NĐ-CP", "100/KH-UBND".</summary>
    public string Value { get; }

    /// <summary>The ordinal part: "43", "04".</summary>
    public string Ordinal { get; }

    /// <summary>The year written in the number (state documents since 2009), else null.</summary>
    public int? Year { get; }

    /// <summary>The type code: "NQ", "KH", "CTrPH"; empty for a Luật ("10/2022/QH15").</summary>
    public string Code { get; }

    /// <summary>The issuer code: "TW", "UBND", "CP", "UBND-UBMTTQ", "QH15".</summary>
    public string IssuerCode { get; }

    /// <summary>True for a Party document number (N-XX/YY).</summary>
    public bool IsParty { get; }

    /// <summary>Parses a number; throws <see cref="FormatException"/> on text that is not one (for trusted data only).</summary>
    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number.Value : throw new FormatException($"Not a document number: '{text}'.");

    /// <summary>Parses a number written in any common spelling. Never throws.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return false;
        }

        var t = VietnameseText.TrimSpaces(VietnameseText.Normalize(text));
        t = SpacedSeparator().Replace(t, m => m.Value.Trim());
        number = FromPartyForm(t) ?? FromStateWithYear(t) ?? FromStateWithoutYear(t) ?? FromJointForm(t) ?? FromIssuerOnlyForm(t);
        return number is not null;
    }

    private static DocumentNumber? FromPartyForm(string t)
    {
        var m = PartyForm().Match(t);
        return m.Success ? Party(m.Groups["n"].Value, m.Groups["code"].Value, m.Groups["issuer"].Value) : null;
    }

    private static DocumentNumber? FromStateWithYear(string t)
    {
        var m = StateWithYear().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var code = m.Groups["code"].Success ? CanonicalCode(m.Groups["code"].Value) : string.Empty;
        var issuer = m.Groups["issuer"].Value.ToUpperInvariant();
        var value = code.Length == 0 ? $"{m.Groups["n"].Value}/{year}/{issuer}" : $"{m.Groups["n"].Value}/{year}/{code}-{issuer}";
        return new DocumentNumber(value, m.Groups["n"].Value, year, code, issuer, isParty: false);
    }

    private static DocumentNumber? FromStateWithoutYear(string t)
    {
        var m = StateWithoutYear().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var issuer = m.Groups["issuer"].Value.ToUpperInvariant();
        if (s_partyIssuers.Contains(issuer))
        {
            // "217/QĐ-TW": a Party number written in the state order.
            return Party(m.Groups["n"].Value, m.Groups["code"].Value, issuer);
        }

        var code = CanonicalCode(m.Groups["code"].Value);
        return new DocumentNumber($"{m.Groups["n"].Value}/{code}-{issuer}", m.Groups["n"].Value, null, code, issuer, isParty: false);
    }

    // "88/NQLT/CP-ĐCTUBTWMTTQVN": older joint resolutions put the code between two slashes.
    private static DocumentNumber? FromJointForm(string t)
    {
        var m = JointForm().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var code = CanonicalCode(m.Groups["code"].Value);
        var issuer = m.Groups["issuer"].Value.ToUpperInvariant();
        return new DocumentNumber($"{m.Groups["n"].Value}/{code}/{issuer}", m.Groups["n"].Value, null, code, issuer, isParty: false);
    }

    // "120-HĐBT", "64/TTg": the 1980s and 1990s wrote the issuer alone; the separator is kept as written.
    // A type code there ("100/KH") is a number cut short, not an issuer.
    private static DocumentNumber? FromIssuerOnlyForm(string t)
    {
        var m = IssuerOnlyForm().Match(t);
        if (!m.Success || DocumentType.FromCode(m.Groups["issuer"].Value) is not null)
        {
            return null;
        }

        var issuer = m.Groups["issuer"].Value.ToUpperInvariant();
        return new DocumentNumber($"{m.Groups["n"].Value}{m.Groups["sep"].Value}{issuer}", m.Groups["n"].Value, null, string.Empty, issuer, isParty: false);
    }

    /// <summary>An identifier fragment: "43-nq-tw", "59-2023-nd-cp".</summary>
    public string ToSlug() => VietnameseText.Slugify(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static DocumentNumber Party(string ordinal, string code, string issuer)
    {
        var canonicalCode = CanonicalCode(code);
        var canonicalIssuer = issuer.ToUpperInvariant();
        return new DocumentNumber($"{ordinal}-{canonicalCode}/{canonicalIssuer}", ordinal, null, canonicalCode, canonicalIssuer, isParty: true);
    }

    private static string CanonicalCode(string code) =>
        s_mixedCaseCodes.TryGetValue(code, out var mixed) ? mixed : code.ToUpperInvariant();

    [GeneratedRegex(@"\s*[-/]\s*")]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"^(?<n>\d{1,5}[a-zA-Z]?)-(?<code>\p{L}{1,8})/(?<issuer>\p{L}{1,6}(?:-\p{L}{1,6})?)$")]
    private static partial Regex PartyForm();

    // The ordinal may carry a sub-number: the Government's resolutions 66.1/2025/NQ-CP … 66.18/2026/NQ-CP.
    [GeneratedRegex(@"^(?<n>\d{1,5}(?:\.\d{1,3})?[a-zA-Z]?)/(?<year>(?:19|20)\d{2})/(?:(?<code>\p{L}{1,8})-)?(?<issuer>[\p{L}\d]{1,12}(?:-[\p{L}\d]{1,12}){0,4})$")]
    private static partial Regex StateWithYear();

    [GeneratedRegex(@"^(?<n>\d{1,5}(?:\.\d{1,3})?[a-zA-Z]?)/(?<code>\p{L}{1,8})-(?<issuer>[\p{L}\d]{1,16}(?:-[\p{L}\d]{1,16}){0,4})$")]
    private static partial Regex StateWithoutYear();

    [GeneratedRegex(@"^(?<n>\d{1,5})/(?<code>\p{L}{2,8})/(?<issuer>[\p{L}\d]{1,24}(?:-[\p{L}\d]{1,24}){0,4})$")]
    private static partial Regex JointForm();

    // The issuer as written starts with two capitals ("HĐBT", "TTg", "CP"), so a query typed "100-kh" stays a query.
    [GeneratedRegex(@"^(?<n>\d{1,5}[a-z]?)(?<sep>[-/])(?<issuer>\p{Lu}{2}\p{L}{0,6})$")]
    private static partial Regex IssuerOnlyForm();
}
