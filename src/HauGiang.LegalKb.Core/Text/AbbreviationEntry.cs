namespace HauGiang.LegalKb.Core.Text;

/// <summary>One abbreviation and one of its expansions, with where the pair comes from.</summary>
/// <param name="Abbreviation">As written in documents: "UBND", "HĐND", "CTr", "NĐ-CP", "PT&amp;TH".</param>
/// <param name="Expansion">The words it stands for, as documents write them: "Ủy ban nhân dân".</param>
/// <param name="Source">Where the pair is attested: "defined in 100/KH-UBND", "common administrative usage" …</param>
public sealed record AbbreviationEntry(string Abbreviation, string Expansion, string Source)
{
    /// <summary>
    /// True when the abbreviation, read without diacritics, is also an ordinary syllable ("TU" ~ tu, "ĐA" ~ đa): a
    /// caller should then expand it only when typed as an abbreviation (upper case).
    /// </summary>
    public bool CollidesWithWord => VietnameseSyllable.IsValidUnaccented(Abbreviation, allowLoanwords: false);
}
