namespace HauGiang.LegalKb.Core.Text.InputMethods;

/// <summary>
/// The letters a Telex or VNI key sequence spells (lower case, vowel modifiers applied, no tone), the tone it asks
/// for, and how strongly the keys point to an input method. Filled by <see cref="TelexKeys"/> and <see cref="VniKeys"/>.
/// </summary>
internal sealed class KeyedWord
{
    private readonly List<char> _letters = [];
    private bool _strong;
    private bool _weak;
    private bool _typedVowel;
    private bool _bareHorn;

    /// <summary>The tone asked for (Level when none).</summary>
    public Tone Tone { get; private set; }

    /// <summary>False once a key could not be applied (a second tone, a modifier with nothing to modify …).</summary>
    public bool Ok { get; private set; } = true;

    /// <summary>The letters so far.</summary>
    public string Letters => new(_letters.ToArray());

    /// <summary>True once the word holds a vowel (a bare ư included).</summary>
    public bool HasVowel => _letters.Exists(VietnameseLetters.IsVowelBase);

    /// <summary>How strongly the markers used point to an input method; a bare ư as the only vowel ("nhw") is weak.</summary>
    public Evidence Evidence =>
        !_strong && !_weak ? Evidence.None
        : _strong && (_typedVowel || !_bareHorn) ? Evidence.Strong
        : Evidence.Weak;

    /// <summary>Appends a letter as typed.</summary>
    public void Append(char letter)
    {
        _letters.Add(letter);
        _typedVowel |= VietnameseLetters.IsVowelBase(letter);
    }

    /// <summary>Appends a bare ư (Telex w with no vowel before it).</summary>
    public void AppendBareHorn()
    {
        _letters.Add('ư');
        _bareHorn = true;
    }

    /// <summary>Records a marker of the given strength.</summary>
    public void Mark(Evidence evidence)
    {
        _strong |= evidence == Evidence.Strong;
        _weak |= evidence == Evidence.Weak;
    }

    /// <summary>Marks the word as not a keyed syllable.</summary>
    public void Fail() => Ok = false;

    /// <summary>Sets the tone; a second tone key fails the word ("cars", "boss").</summary>
    public void SetTone(Tone tone)
    {
        if (Tone != Tone.Level)
        {
            Fail();
        }

        Tone = tone;
    }

    /// <summary>d → đ on the word's first letter; false when it is not d.</summary>
    public bool Stroke() => Replace(_letters.Count > 0 && _letters[0] == 'd' ? 0 : -1, 'đ');

    /// <summary>Circumflex on the last plain a, e or o (â ê ô); false when there is none.</summary>
    public bool Circumflex()
    {
        var index = _letters.FindLastIndex(c => c is 'a' or 'e' or 'o');
        return Replace(index, index < 0 ? default : _letters[index] switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' });
    }

    /// <summary>Breve on the last plain a (ă); false when there is none.</summary>
    public bool Breve() => Replace(_letters.FindLastIndex(c => c == 'a'), 'ă');

    /// <summary>
    /// Horn on the last plain o or u (ơ, ư), and on both letters of "uo" (ươ); never on the u of "qu". False when
    /// there is none. <paramref name="modified"/> is the letter that took it ('o' or 'u').
    /// </summary>
    public bool Horn(out char modified)
    {
        modified = '\0';
        var index = _letters.FindLastIndex(c => c is 'o' or 'u');
        if (index < 0 || (_letters[index] == 'u' && IsQuAt(index - 1)))
        {
            return false;
        }

        modified = _letters[index];
        if (modified == 'o')
        {
            _letters[index] = 'ơ';
            if (index > 0 && _letters[index - 1] == 'u' && !IsQuAt(index - 2))
            {
                _letters[index - 1] = 'ư';
            }
        }
        else
        {
            _letters[index] = 'ư';
            if (index + 1 < _letters.Count && _letters[index + 1] == 'o')
            {
                _letters[index + 1] = 'ơ';
            }
        }

        return true;
    }

    /// <summary>The word in Vietnamese, tone in the canonical place, when it spells one valid syllable.</summary>
    public bool TryCompose(out string word)
    {
        word = string.Empty;
        var letters = _letters.ToArray();
        var vowel = Array.FindIndex(letters, VietnameseLetters.IsVowelBase);
        if (!Ok || vowel < 0)
        {
            return false;
        }

        letters[vowel] = VietnameseLetters.Compose(letters[vowel], Tone, upper: false);
        if (!VietnameseSyllable.TryParse(new string(letters), allowLoanwords: false, out var parts))
        {
            return false;
        }

        word = parts.Compose();
        return true;
    }

    private bool IsQuAt(int index) => index >= 0 && _letters[index] == 'q';

    private bool Replace(int index, char letter)
    {
        if (index < 0)
        {
            return false;
        }

        _letters[index] = letter;
        return true;
    }
}
