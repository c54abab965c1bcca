using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// The text of one output line of a Word paragraph (a paragraph split at its line breaks gives several), with counts
/// of how its letters are formatted.
/// </summary>
internal sealed class WordLine
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<double, int> _sizes = [];
    private int _letters;
    private int _boldLetters;
    private int _italicLetters;

    public string Text => _text.ToString();

    /// <summary>True when every letter and digit is bold (false for a line without any).</summary>
    public bool Bold => _letters > 0 && _boldLetters == _letters;

    /// <summary>True when every letter and digit is italic (false for a line without any).</summary>
    public bool Italic => _letters > 0 && _italicLetters == _letters;

    /// <summary>The font size (half-points) most letters have, or null when no run said.</summary>
    public double? DominantHalfPoints => _sizes.Count == 0 ? null : _sizes.MaxBy(pair => pair.Value).Key;

    /// <summary>The last character that is not a space, or null.</summary>
    public char? LastNonSpace
    {
        get
        {
            for (var i = _text.Length - 1; i >= 0; i--)
            {
                if (!char.IsWhiteSpace(_text[i]))
                {
                    return _text[i];
                }
            }

            return null;
        }
    }

    public void Append(string text, RunFacts facts)
    {
        _text.Append(text);
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            _letters++;
            _boldLetters += facts.Bold == true ? 1 : 0;
            _italicLetters += facts.Italic == true ? 1 : 0;
            if (facts.HalfPoints is { } size)
            {
                _sizes[size] = _sizes.GetValueOrDefault(size) + 1;
            }
        }
    }
}
