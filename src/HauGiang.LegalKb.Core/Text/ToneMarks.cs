using System.Text;

namespace HauGiang.LegalKb.Core.Text;

/// <summary>Makes old and new tone-mark placement equal: hoà = hòa, khoẻ = khỏe, thuỷ = thủy.</summary>
public static class ToneMarks
{
    // Old placement (tone on the first vowel of oa, oe, uy at the end of a syllable) → new placement.
    private static readonly Dictionary<string, string> s_oldToNew = Build();

    /// <summary>The text with every syllable in the new placement; never throws.</summary>
    public static string Canonical(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (var i = 0; i + 1 < builder.Length; i++)
        {
            var pair = string.Concat(builder[i], builder[i + 1]);
            var endsSyllable = i + 2 >= builder.Length || !char.IsLetter(builder[i + 2]);
            var startsAfterQ = i > 0 && (builder[i - 1] is 'q' or 'Q');
            if (endsSyllable && !startsAfterQ && s_oldToNew.TryGetValue(pair, out var replacement))
            {
                builder[i] = replacement[0];
                builder[i + 1] = replacement[1];
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] tones = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        foreach (var (first, second) in new[] { ("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y") })
        {
            foreach (var tone in tones)
            {
                var old = (first + tone).Normalize(NormalizationForm.FormC) + second;
                var @new = first + (second + tone).Normalize(NormalizationForm.FormC);
                map[old] = @new;
            }
        }

        return map;
    }
}
