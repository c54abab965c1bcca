namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// The spelling of a Vietnamese syllable as data: onsets (phụ âm đầu), vowel clusters (âm đệm + âm chính + bán âm
/// cuối) with the final consonants each takes, and the spelling rules for c/k, g/gh, ng/ngh.
/// </summary>
/// <remarks>
/// Source: standard Vietnamese orthography — the vần taught in the Tiếng Việt 1 primer — plus the loanword rhymes
/// oong/ooc (xoong, boong, moóc, soóc), which are marked so callers can leave them out.
/// </remarks>
internal static class Orthography
{
    /// <summary>Onsets, longest first so that a greedy match picks "ngh" before "ng" before "n".</summary>
    public static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    /// <summary>Final consonants; the empty string is an open syllable.</summary>
    public static readonly string[] Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>Loanword clusters: spelled in dictionaries, never produced by Vietnamese-only rules.</summary>
    public static readonly HashSet<string> LoanwordClusters = new(StringComparer.Ordinal) { "oo" };

    // Each entry: vowel cluster, then the finals it takes ("-" = open syllable). Clusters with a medial o/u
    // (oa, oe, uâ, uê, uy, uyê …) are listed whole; after "qu" the u is the onset's, and the rest is looked up
    // both as it stands and with that u in front (quý = qu + y ~ uy, quân = qu + â ~ uâ).
    private static readonly string[] s_rhymes =
    [
        // single vowels
        "a: - c ch m n ng nh p t",
        "ă: c m n ng p t",
        "â: c m n ng p t",
        "e: - c m n ng p t",
        "ê: - ch m n nh p t",
        "i: - ch m n nh p t",
        "o: - c m n ng p t",
        "ô: - c m n ng p t",
        "ơ: - m n p t",
        "u: - c m n ng p t",
        "ư: - c m n ng t",
        "y: -",

        // two letters
        "ai: -", "ao: -", "au: -", "ay: -", "âu: -", "ây: -", "eo: -", "êu: -",
        "ia: -", "iu: -", "oi: -", "ôi: -", "ơi: -", "ui: -", "ưi: -", "ưu: -", "ua: -", "ưa: -", "uơ: -",
        "iê: c m n ng p t",
        "yê: m n ng t",
        "oa: - c ch m n ng nh p t",
        "oă: c m n ng t",
        "oe: - n t",
        "oo: c ng",
        "uâ: n ng t",
        "uê: - ch nh",
        "uô: c m n ng t",
        "uy: - ch n nh t",
        "ươ: c m n ng p t",

        // three letters
        "iêu: -", "yêu: -", "oai: -", "oay: -", "oeo: -", "uây: -", "uôi: -", "ươi: -", "ươu: -", "uya: -", "uyu: -",
        "uyê: n t",
    ];

    private static readonly Dictionary<string, HashSet<string>> s_finalsByCluster = BuildRhymes();

    /// <summary>True when the vowel cluster is spelled with this final (or open, for "").</summary>
    public static bool IsRhyme(string cluster, string coda, bool allowLoanwords) =>
        s_finalsByCluster.TryGetValue(cluster, out var finals)
        && finals.Contains(coda)
        && (allowLoanwords || !LoanwordClusters.Contains(cluster));

    /// <summary>Every vowel cluster of the table.</summary>
    public static IEnumerable<string> AllClusters => s_finalsByCluster.Keys;

    /// <summary>True for the stop finals c, ch, p, t, which take only sắc or nặng.</summary>
    public static bool IsStop(string coda) => coda is "c" or "ch" or "p" or "t";

    /// <summary>
    /// The c/k, g/gh, ng/ngh rules: k, gh, ngh only before e, ê, i, y; c, g, ng never before them ("ke", "ghi",
    /// "nghe"; not "ce", "ge", "nge"). <paramref name="firstVowel"/> is the first letter after the onset.
    /// </summary>
    public static bool OnsetFits(string onset, char firstVowel)
    {
        var front = firstVowel is 'e' or 'ê' or 'i' or 'y';
        return onset switch
        {
            "k" or "gh" or "ngh" => front,
            "c" => !front,
            "g" or "ng" => firstVowel is not ('e' or 'ê') && !(onset == "ng" && firstVowel is 'i' or 'y'),
            _ => true,
        };
    }

    private static Dictionary<string, HashSet<string>> BuildRhymes()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in s_rhymes)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var finals = entry[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[entry[..colon]] = new HashSet<string>(finals.Select(f => f == "-" ? string.Empty : f), StringComparer.Ordinal);
        }

        return map;
    }
}
