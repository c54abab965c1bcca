namespace HauGiang.LegalKb.Core.Text.InputMethods;

/// <summary>
/// Reads a word typed in VNI with the input method off: after a letter, 1–5 give sắc huyền hỏi ngã nặng, 6 a
/// circumflex (â ê ô), 7 a horn (ơ ư, uo7 → ươ), 8 a breve (ă), 9 the stroke of đ; digits may come later in the word
/// ("ke61t", "d9oa2n"). 0 (remove marks) and digits before any letter are not accepted.
/// </summary>
internal static class VniKeys
{
    /// <summary>The keyed word for lower-case ASCII letters and digits <paramref name="keys"/>.</summary>
    public static KeyedWord Read(string keys)
    {
        var word = new KeyedWord();
        for (var i = 0; i < keys.Length && word.Ok; i++)
        {
            var key = keys[i];
            if (key is >= 'a' and <= 'z')
            {
                word.Append(key);
                continue;
            }

            word.Mark(Evidence.Strong);
            switch (key)
            {
                case >= '1' and <= '5' when word.HasVowel:
                    word.SetTone(key switch { '1' => Tone.Acute, '2' => Tone.Grave, '3' => Tone.Hook, '4' => Tone.Tilde, _ => Tone.Dot });
                    break;
                case '6' when word.Circumflex():
                case '7' when word.Horn(out _):
                case '8' when word.Breve():
                case '9' when word.Stroke():
                    break;
                default:
                    word.Fail();
                    break;
            }
        }

        return word;
    }
}
