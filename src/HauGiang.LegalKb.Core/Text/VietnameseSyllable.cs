namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable: an onset, a vowel cluster with the finals it takes, at most
/// one tone, and stop finals (c, ch, p, t) only with sắc or nặng.
/// </summary>
/// <remarks>
/// Structure, not a dictionary: "khuỷu", "nghiêng", "quyết", "giữa" are valid; "nge" (→ nghe), "ce" (→ ke),
/// "tuân" without its circumflex as "tuan", "hoàt" (huyền before a stop) are not. Where the tone sits among the vowels
/// does not matter here (hoà and hòa are both valid); <see cref="ToneMarks.Canonical"/> decides that. Pure; never throws.
/// </remarks>
public static class VietnameseSyllable
{
    /// <summary>
    /// True when <paramref name="word"/> (any case; composed to NFC first) is one well-formed Vietnamese syllable with
    /// its diacritics: "người", "Nguyễn", "QUYẾT", "đoàn", "hòa", "hoà". False for "", spaces, digits, punctuation,
    /// letters outside the Vietnamese alphabet (f, j, w, z), two tones, or a stop final without sắc/nặng ("phat").
    /// </summary>
    public static bool IsValid(string word) => TryParse(Compose(word), allowLoanwords: true, out _);

    /// <summary>
    /// True when <paramref name="word"/>, read without any diacritics, can be the spelling of a syllable once its
    /// marks are restored: "phat" (phát), "nguoi" (người), "tuan" (tuân), "dan". Tones and vowel modifiers are ignored,
    /// so every <see cref="IsValid"/> syllable is valid here once folded. The loanword rhymes oong/ooc count only when
    /// <paramref name="allowLoanwords"/>.
    /// </summary>
    public static bool IsValidUnaccented(string word, bool allowLoanwords = true)
    {
        var folded = VietnameseText.RemoveDiacritics(SafeText.WellFormed(word ?? string.Empty));
        return TryParse(folded, allowLoanwords, out _, unaccented: true);
    }

    /// <summary>
    /// Takes a single syllable apart. With <paramref name="unaccented"/>, clusters and tones are compared folded
    /// (a matches a, ă, â …) and stop finals need no tone.
    /// </summary>
    internal static bool TryParse(string word, bool allowLoanwords, out SyllableParts parts, bool unaccented = false)
    {
        parts = default;
        if (string.IsNullOrEmpty(word) || word.Length > 12)
        {
            return false;
        }

        Span<char> letters = stackalloc char[word.Length];
        var tone = Tone.Level;
        for (var i = 0; i < word.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(word[i], out var baseLetter, out var letterTone)
                || baseLetter is 'f' or 'j' or 'w' or 'z')
            {
                return false;
            }

            if (letterTone != Tone.Level)
            {
                if (tone != Tone.Level || !VietnameseLetters.IsVowelBase(baseLetter))
                {
                    return false;
                }

                tone = letterTone;
            }

            letters[i] = baseLetter;
        }

        var plain = new string(letters);
        if (!TrySplit(plain, out var onset, out var clusterStart, out var clusterEnd))
        {
            return false;
        }

        var cluster = plain[clusterStart..clusterEnd];
        var coda = plain[clusterEnd..];
        if (Array.IndexOf(Orthography.Codas, coda) < 0 || !Orthography.OnsetFits(onset, cluster[0]))
        {
            return false;
        }

        if (!RhymeFits(onset, cluster, coda, allowLoanwords, unaccented))
        {
            return false;
        }

        if (!unaccented && Orthography.IsStop(coda) && tone is not (Tone.Acute or Tone.Dot))
        {
            return false;
        }

        parts = new SyllableParts(onset, cluster, coda, tone, clusterStart);
        return true;
    }

    private static bool TrySplit(string plain, out string onset, out int clusterStart, out int clusterEnd)
    {
        onset = string.Empty;
        foreach (var candidate in Orthography.Onsets)
        {
            if (plain.StartsWith(candidate, StringComparison.Ordinal))
            {
                onset = candidate;
                break;
            }
        }

        // "gi" before no other vowel is g + i (gì, gìn); "qu" with no vowel after it leaves an empty cluster.
        if (onset == "gi" && (plain.Length == 2 || !VietnameseLetters.IsVowelBase(plain[2])))
        {
            onset = "g";
        }

        clusterStart = onset.Length;
        clusterEnd = clusterStart;
        while (clusterEnd < plain.Length && VietnameseLetters.IsVowelBase(plain[clusterEnd]))
        {
            clusterEnd++;
        }

        if (onset.Length == 0 && plain.Length > 0 && !VietnameseLetters.IsVowelBase(plain[0]))
        {
            return false;
        }

        return clusterEnd > clusterStart;
    }

    private static bool RhymeFits(string onset, string cluster, string coda, bool allowLoanwords, bool unaccented)
    {
        // yê opens a syllable without onset (yên, yêu); after a consonant it is written iê (tiên, kiêu).
        bool Fits(string candidate, bool hasConsonantOnset)
        {
            var yeOrIe = candidate.Length >= 2 && (candidate[1] == 'ê' || (unaccented && candidate[1] == 'e'));
            if (yeOrIe && candidate[0] == 'y' && hasConsonantOnset)
            {
                return false;
            }

            if (yeOrIe && candidate[0] == 'i' && !hasConsonantOnset)
            {
                return false;
            }

            return unaccented
                ? UnaccentedRhymes.Contains((candidate, coda, allowLoanwords))
                : Orthography.IsRhyme(candidate, coda, allowLoanwords);
        }

        return onset switch
        {
            // After qu the u is the onset's: quý ~ uy, quân ~ uâ, quyết ~ uyê; quá, quốc as they stand.
            "qu" => Fits(cluster, hasConsonantOnset: true) || Fits("u" + cluster, hasConsonantOnset: false),

            // After gi the i is the onset's, or merged with a following iê: giá, giữa, giếng (gi + iêng).
            "gi" => Fits(cluster, hasConsonantOnset: true) || Fits("i" + cluster, hasConsonantOnset: true),
            _ => Fits(cluster, hasConsonantOnset: onset.Length > 0),
        };
    }

    private static string Compose(string word) => string.IsNullOrEmpty(word) ? string.Empty : SafeText.Nfc(word);

    /// <summary>Rhymes read without diacritics: every (cluster, final) of the table folded to ASCII.</summary>
    private static class UnaccentedRhymes
    {
        private static readonly HashSet<(string, string, bool)> s_set = Build();

        public static bool Contains((string Cluster, string Coda, bool AllowLoanwords) key) => s_set.Contains(key);

        private static HashSet<(string, string, bool)> Build()
        {
            var set = new HashSet<(string, string, bool)>();
            foreach (var cluster in Orthography.AllClusters)
            {
                foreach (var coda in Orthography.Codas)
                {
                    var folded = new string(cluster.Select(VietnameseLetters.Fold).ToArray());
                    if (Orthography.IsRhyme(cluster, coda, allowLoanwords: true))
                    {
                        set.Add((folded, coda, true));
                    }

                    if (Orthography.IsRhyme(cluster, coda, allowLoanwords: false))
                    {
                        set.Add((folded, coda, false));
                    }
                }
            }

            return set;
        }
    }
}
