using HauGiang.LegalKb.Search.Application;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Reads what a user typed. Any text is valid: Lucene's syntax characters are ordinary separators here, and the
/// explicit syntax is our own — "quoted phrases", -exclusion, type:, year:, issuer: — plus document numbers in any
/// common spelling. Pure; never throws.
/// </summary>
public static partial class UserQueryParser
{
    /// <summary>Parses <paramref name="query"/>.</summary>
    /// <remarks>
    /// Each kind of syntax is taken out of the text in turn, in this order, and leaves a space behind: filters,
    /// quoted phrases, full document numbers, partial numbers, exclusions; what is left are the words.
    /// </remarks>
    public static ParsedQuery Parse(string? query)
    {
        var parsed = new ParsedQuery();
        if (string.IsNullOrWhiteSpace(query))
        {
            return parsed;
        }

        var text = VietnameseText.Normalize(query.Length > SearchLimits.MaxQueryLength ? query[..SearchLimits.MaxQueryLength] : query);
        text = text.Replace('“', '"').Replace('”', '"');

        text = TakeFilters(text, parsed);
        text = TakePhrases(text, parsed);
        text = TakeFullNumbers(text, parsed);
        text = TakePartialNumbers(text, parsed);
        text = TakeExclusions(text, parsed);

        parsed.Words.AddRange(Words(text));
        return parsed;
    }

    // type:, year: and issuer: (English or Vietnamese, with or without diacritics), their value quoted or not.
    private static string TakeFilters(string text, ParsedQuery parsed) =>
        Filter().Replace(text, m =>
        {
            var value = m.Groups["v"].Value.Trim();
            switch (VietnameseText.RemoveDiacritics(m.Groups["k"].Value).ToLowerInvariant())
            {
                case "type" or "loai":
                    parsed.Type = DocumentType.FromName(value)?.Name ?? value;
                    break;
                case "year" or "nam":
                    parsed.Year = int.TryParse(value, out var year) ? year : null;
                    break;
                default:
                    parsed.Issuer = value;
                    break;
            }

            return " ";
        });

    private static string TakePhrases(string text, ParsedQuery parsed) =>
        Phrase().Replace(text, m =>
        {
            var words = Words(m.Groups[1].Value);
            if (words.Count > 0)
            {
                parsed.Phrases.Add(words);
            }

            return " ";
        });

    // "100/KH-UBND", "59/2023/NĐ-CP": left in the text when DocumentNumber does not read it.
    private static string TakeFullNumbers(string text, ParsedQuery parsed) =>
        FullNumber().Replace(text, m =>
        {
            if (!DocumentNumber.TryParse(m.Value, out var number))
            {
                return m.Value;
            }

            parsed.Numbers.Add(new NumberQuery(number.Value.Value, number.Value.Ordinal.TrimStart('0'), number.Value.Year, SearchText.FoldCode(number.Value.Code), m.Value));
            return " ";
        });

    // "kế hoạch 100", "ke hoach 100", "qđ 217", "100/2024": a number with a type word (with diacritics or without) or
    // a year; a bare number stays a word.
    private static string TakePartialNumbers(string text, ParsedQuery parsed) =>
        PartialNumber().Replace(text, m =>
        {
            var code = m.Groups["type"].Success ? CodeOf(m.Groups["type"].Value) : null;
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (code is null && year is null)
            {
                return m.Value;
            }

            parsed.Numbers.Add(new NumberQuery(null, m.Groups["n"].Value.TrimStart('0'), year, code, m.Value.Trim()));
            return " ";
        });

    private static string TakeExclusions(string text, ParsedQuery parsed) =>
        Exclusion().Replace(text, m =>
        {
            parsed.Excluded.AddRange(Words(m.Groups["w"].Value));
            return " ";
        });

    /// <summary>The words of a text: runs of letters and digits.</summary>
    public static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    // A type's name, typed with diacritics or without ("nghi dinh" is Nghị định), or a code ("qđ", "nd").
    private static string? CodeOf(string typeOrCode)
    {
        var folded = SearchText.FoldCode(typeOrCode);
        var type = DocumentType.FromName(typeOrCode)
            ?? DocumentType.Known.FirstOrDefault(t => SearchText.FoldCode(t.Name) == folded);
        return type is not null ? SearchText.FoldCode(type.Code) : folded;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?<k>type|loai|loại|year|nam|năm|issuer|coquan|cơquan):(?:""(?<v>[^""]*)""|(?<v>\S+))", RegexOptions.IgnoreCase)]
    private static partial Regex Filter();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,5}\s?[-/]\s?(?:(?:19|20)\d{2}\s?/\s?)?\p{L}{1,8}(?:\s?[-/]\s?[\p{L}\d]{1,24}){0,4}(?![\p{L}\d])")]
    private static partial Regex FullNumber();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<type>quyết định|quyet dinh|quy định|quy dinh|nghị quyết|nghi quyet|nghị định|nghi dinh|chỉ thị|chi thi|kết luận|ket luan|chương trình|chuong trinh|kế hoạch|ke hoach|đề án|de an|thông tư|thong tu|luật|luat|qđ|qd|nq|nđ|nd|ct|kl|ctr|kh|đa|da|tt)\s*(?:(?:số|so)\s*)?)?(?<n>\d{1,5})(?:\s*/\s*(?<y>(?:19|20)\d{2}))?(?![\p{L}\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex PartialNumber();

    [GeneratedRegex(@"(?:^|(?<=\s))-(?<w>[\p{L}\p{M}\d]+)")]
    private static partial Regex Exclusion();

    [GeneratedRegex(@"[\p{L}\p{M}\d]+")]
    private static partial Regex WordPattern();
}
