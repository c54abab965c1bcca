namespace HauGiang.LegalKb.Core.Text.InputMethods;

/// <summary>How sure a keyed word is meant as Telex/VNI.</summary>
internal enum Evidence
{
    /// <summary>No marker was used: the word is plain letters.</summary>
    None = 0,

    /// <summary>
    /// Only markers that ordinary English also produces: a tone key s/r/x inside the word ("test", "taxi") or
    /// ending a word of three letters ("bus", "tax", "car"), a w after a lone final o ("how"), a doubled final
    /// vowel ("too", "see"), or a bare w as the only vowel ("nhw").
    /// </summary>
    Weak = 1,

    /// <summary>Any other marker: dd, aa, ee, oo inside a word, w on a/u/uo, f or j, a final s/r/x after three or more letters, a VNI digit.</summary>
    Strong = 2,
}
