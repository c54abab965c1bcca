namespace HauGiang.LegalKb.Core.Text.InputMethods;

/// <summary>
/// Reads a word typed in Telex with the input method off: dd → đ, aa ee oo → â ê ô, aw → ă, ow → ơ, uw → ư,
/// uow → ươ (w may come later in the word: "duongw"), a bare w → ư; after a vowel s f r x j give sắc huyền hỏi ngã
/// nặng, anywhere after the vowel ("nguwowfi", "keets"). Before any vowel these letters are ordinary onsets (sao, xa, ra).
/// </summary>
internal static class TelexKeys
{
    /// <summary>The keyed word for lower-case ASCII <paramref name="keys"/>.</summary>
    public static KeyedWord Read(string keys)
    {
        var word = new KeyedWord();
        for (var i = 0; i < keys.Length && word.Ok; i++)
        {
            var key = keys[i];
            var next = i + 1 < keys.Length ? keys[i + 1] : '\0';
            var isLast = i == keys.Length - 1;
            switch (key)
            {
                case 'd' when next == 'd' && i == 0:
                    word.Append('d');
                    word.Stroke();
                    word.Mark(Evidence.Strong);
                    i++;
                    break;
                case 'a' or 'e' or 'o' when next == key:
                    word.Append(key);
                    word.Circumflex();

                    // "too", "see": a doubled vowel ending the word is what English does too.
                    word.Mark(i + 2 == keys.Length ? Evidence.Weak : Evidence.Strong);
                    i++;
                    break;
                case 'w' when !word.HasVowel:
                    word.AppendBareHorn();
                    word.Mark(Evidence.Strong);
                    break;
                case 'w':
                    // aw → ă when the a is last or there is no o/u; otherwise the horn (ow, uw, uow, and "duongw").
                    var letters = word.Letters;
                    var modified = '\0';
                    var applied = letters.EndsWith('a') || !letters.Any(c => c is 'o' or 'u')
                        ? word.Breve()
                        : word.Horn(out modified);
                    if (!applied)
                    {
                        word.Fail();
                        break;
                    }

                    // "how", "now": a w after a lone final o is English as often as Telex.
                    var loneFinalO = modified == 'o' && isLast && !letters.Contains('u', StringComparison.Ordinal);
                    word.Mark(loneFinalO ? Evidence.Weak : Evidence.Strong);
                    break;
                case 's' or 'f' or 'r' or 'x' or 'j' when word.HasVowel:
                    word.SetTone(ToneOf(key));
                    word.Mark(ToneKeyEvidence(key, isLast, keys.Length));
                    break;
                default:
                    word.Append(key);
                    break;
            }
        }

        return word;
    }

    private static Tone ToneOf(char key) => key switch
    {
        's' => Tone.Acute,
        'f' => Tone.Grave,
        'r' => Tone.Hook,
        'x' => Tone.Tilde,
        _ => Tone.Dot,
    };

    /// <summary>
    /// f and j after a vowel are Telex; s, r, x also end English words ("bus", "tax", "car") and sit inside them
    /// ("test", "taxi", "more"), so they count fully only at the end of a word of four or more letters ("tinhs", "banr").
    /// </summary>
    private static Evidence ToneKeyEvidence(char key, bool isLast, int length) =>
        key is 'f' or 'j' || (isLast && length >= 4) ? Evidence.Strong : Evidence.Weak;
}
