using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>How short phrases (thesaurus terms, expansions) are compared.</summary>
public static class PhraseKey
{
    /// <summary>
    /// NFC, Đ, one tone placement, lower case, words of letters and digits separated by one space, punctuation
    /// dropped: "Phòng, chống  tham nhũng" → "phòng chống tham nhũng", "Uỷ ban" → "ủy ban".
    /// </summary>
    public static string Exact(string phrase)
    {
        var canonical = ToneMarks.Canonical(VietnameseText.Normalize(SafeText.WellFormed(phrase ?? string.Empty))).ToLowerInvariant();
        var builder = new StringBuilder(canonical.Length);
        foreach (var c in canonical)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary><see cref="Exact"/> without any diacritics: "phong chong tham nhung".</summary>
    public static string Folded(string phrase) => VietnameseText.RemoveDiacritics(Exact(phrase));

    /// <summary>
    /// True when <paramref name="candidate"/> is what <paramref name="typed"/> says, word by word (both <see cref="Exact"/>
    /// keys): a word typed with diacritics must be that word, one typed without may carry any ("đảng vien" finds "đảng
    /// viên"; "cử tri" does not find "cử trí"; "cu tri" finds both).
    /// </summary>
    public static bool MatchesAsTyped(string typed, string candidate)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidate);
        var typedWords = typed.Split(' ');
        var candidateWords = candidate.Split(' ');
        if (typedWords.Length != candidateWords.Length)
        {
            return false;
        }

        for (var i = 0; i < typedWords.Length; i++)
        {
            var bare = VietnameseText.RemoveDiacritics(typedWords[i]);
            var same = bare == typedWords[i]
                ? VietnameseText.RemoveDiacritics(candidateWords[i]) == bare
                : candidateWords[i] == typedWords[i];
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
