namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// One Vietnamese syllable taken apart: lower-case onset, vowel cluster (modifiers kept, no tone) and final, its
/// tone, and where in the word the cluster starts. "Người" → ("ng", "ươi", "", Grave, 2).
/// </summary>
/// <param name="Onset">Phụ âm đầu, lower case ("" when none; "qu" and "gi" keep their u and i).</param>
/// <param name="Cluster">The vowel letters after the onset, lower case, without tone.</param>
/// <param name="Coda">The final consonant ("" when none).</param>
/// <param name="Tone">The one tone the syllable carries.</param>
/// <param name="ClusterStart">Index in the word of the cluster's first letter.</param>
internal readonly record struct SyllableParts(string Onset, string Cluster, string Coda, Tone Tone, int ClusterStart)
{
    /// <summary>
    /// Index in the word of the letter that carries the tone in the canonical placement: the modified vowel
    /// (the last one: ươ → ơ); else the middle of three vowels (oai → a); else, of two vowels, the second before a
    /// final consonant (oàn, uỳnh) and the first at the end of the syllable (hòa, khỏe, thủy, tài, mùa).
    /// </summary>
    public int CanonicalToneIndex => ClusterStart + ToneIndexInCluster(Cluster, Coda.Length > 0);

    /// <summary>The letters of the syllable, lower case, no tone: onset + cluster + coda.</summary>
    public string Letters => Onset + Cluster + Coda;

    /// <summary>The position of the tone inside <paramref name="cluster"/> (see <see cref="CanonicalToneIndex"/>).</summary>
    public static int ToneIndexInCluster(string cluster, bool hasCoda)
    {
        for (var i = cluster.Length - 1; i >= 0; i--)
        {
            if (VietnameseLetters.IsModifiedVowel(cluster[i]))
            {
                return i;
            }
        }

        return cluster.Length switch
        {
            1 => 0,
            2 => hasCoda ? 1 : 0,
            _ => 1,
        };
    }

    /// <summary>The syllable written out, lower case, with its tone in the canonical place.</summary>
    public string Compose()
    {
        var letters = Letters.ToCharArray();
        if (Tone != Tone.Level)
        {
            var index = CanonicalToneIndex;
            letters[index] = VietnameseLetters.Compose(letters[index], Tone, upper: false);
        }

        return new string(letters);
    }
}
