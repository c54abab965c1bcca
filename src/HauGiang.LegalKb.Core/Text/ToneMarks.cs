namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// Makes every placement of a syllable's tone mark equal, by rule for the whole class rather than a word list:
/// hoà = hòa, hoá = hóa, khoẻ = khỏe, thuỷ = thủy, uỷ = ủy, and misplacements such as tòan = toàn, qúy = quý, gía = giá.
/// </summary>
/// <remarks>
/// <para>The canonical placement (<see cref="SyllableParts.CanonicalToneIndex"/>) is the one the plan and the
/// government's documents use ("Ủy ban", "hòa giải", "văn hóa"):</para>
/// <list type="bullet">
/// <item>a vowel with a modifier takes the tone (ế, ờ; of ươ the ơ: người; uyê → ê: quyết, nguyễn);</item>
/// <item>else, of three vowels the middle one (ngoài, xoáy, khuỷu);</item>
/// <item>else, of two vowels the second when a consonant follows (toàn, huỳnh, khoét) and the first at the end
/// of the syllable (hòa, khỏe, thủy — like tài, mùa, kìa);</item>
/// <item>the u of "qu" and the i of "gi" belong to the onset and never carry it (quý, quỳnh, giá, giữa).</item>
/// </list>
/// <para>Only words that are one well-formed syllable (<see cref="VietnameseSyllable.IsValid"/>) are touched; English,
/// abbreviations, numbers and anything unrecognised are returned as they are. Each letter keeps its case (HOÀ → HÒA).
/// A tone is only moved, never added or removed, so the result has the input's length — except that input not in
/// NFC is composed to NFC first (then the length is that of the NFC text). Pure; never throws.</para>
/// </remarks>
public static class ToneMarks
{
    /// <summary>
    /// <paramref name="text"/> with the tone of every Vietnamese syllable in the canonical place; everything else
    /// (spaces, punctuation, digits, other words) unchanged. Null or empty input is returned as is.
    /// </summary>
    public static string Canonical(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var source = SafeText.Nfc(text);
        char[]? result = null;
        var i = 0;
        while (i < source.Length)
        {
            if (!char.IsLetter(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var toned = false;
            while (i < source.Length && char.IsLetter(source[i]))
            {
                toned |= VietnameseLetters.TryDecompose(source[i], out _, out var tone) && tone != Tone.Level;
                i++;
            }

            if (toned && TryMoveTone(source, start, i - start, out var from, out var to))
            {
                result ??= source.ToCharArray();
                VietnameseLetters.TryDecompose(source[from], out var fromBase, out var toneToMove);
                VietnameseLetters.TryDecompose(source[to], out var toBase, out _);
                result[from] = VietnameseLetters.Compose(fromBase, Tone.Level, char.IsUpper(source[from]));
                result[to] = VietnameseLetters.Compose(toBase, toneToMove, char.IsUpper(source[to]));
            }
        }

        return result is null ? source : new string(result);
    }

    /// <summary>Where the tone of the word at [start, start + length) is, and where it belongs, when they differ.</summary>
    private static bool TryMoveTone(string text, int start, int length, out int from, out int to)
    {
        from = to = -1;
        var word = text.Substring(start, length);
        if (!VietnameseSyllable.TryParse(word, allowLoanwords: true, out var parts))
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (VietnameseLetters.TryDecompose(word[k], out _, out var tone) && tone != Tone.Level)
            {
                from = start + k;
                break;
            }
        }

        to = start + parts.CanonicalToneIndex;
        return from >= 0 && from != to;
    }
}
