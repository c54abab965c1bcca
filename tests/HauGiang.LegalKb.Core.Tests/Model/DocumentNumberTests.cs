using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Model;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("43-NQ/TW", "43-NQ/TW", true)]
    // Spacing noise seen in the plan.
    [InlineData("43 -NQ/TW", "43-NQ/TW", true)]
    [InlineData("43- NQ/TW", "43-NQ/TW", true)]
    // A Party number written in the state order.
    [InlineData("217/QĐ-TW", "217-QĐ/TW", true)]
    // Capitals in a title line; CTr keeps its conventional case.
    [InlineData("226-CTR/TU", "226-CTr/TU", true)]
    [InlineData("01-ĐA/TU", "01-ĐA/TU", true)]
    [InlineData("59/2023/NĐ-CP", "59/2023/NĐ-CP", false)]
    [InlineData("59 / 2023 / NĐ - CP", "59/2023/NĐ-CP", false)]
    [InlineData("100/KH-UBND", "100/KH-UBND", false)]
    [InlineData("04/CTrPH-UBND-UBMTTQ", "04/CTrPH-UBND-UBMTTQ", false)]
    [InlineData("88/NQLT/CP-ĐCTUBTWMTTQVN", "88/NQLT/CP-ĐCTUBTWMTTQVN", false)]
    [InlineData("10/2022/QH15", "10/2022/QH15", false)]
    // A letter after the ordinal; the issuer alone, as numbers of earlier decades were written.
    [InlineData("9915a/KH-UBND", "9915a/KH-UBND", false)]
    [InlineData("9920-HĐBT", "9920-HĐBT", false)]
    [InlineData("9964/TTg", "9964/TTG", false)]
    [InlineData("9924-CP", "9924-CP", false)]
    [InlineData("66.4/2025/NQ-CP", "66.4/2025/NQ-CP", false)] // the Government's 66.x resolutions of 2025-2026
    public void ParsesToOneCanonicalForm(string written, string canonical, bool isParty)
    {
        Assert.True(DocumentNumber.TryParse(written, out var number));
        Assert.Equal(canonical, number.Value.Value);
        Assert.Equal(isParty, number.Value.IsParty);
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP", "59", 2023, "NĐ", "CP")]
    [InlineData("43-NQ/TW", "43", null, "NQ", "TW")]
    [InlineData("10/2022/QH15", "10", 2022, "", "QH15")]
    public void ExposesItsParts(string written, string ordinal, int? year, string code, string issuer)
    {
        var number = DocumentNumber.Parse(written);
        Assert.Equal((ordinal, year, code, issuer), (number.Ordinal, number.Year, number.Code, number.IssuerCode));
    }

    [Fact]
    public void SpellingsOfOneNumberAreEqual()
    {
        Assert.Equal(DocumentNumber.Parse("217/QĐ-TW"), DocumentNumber.Parse("217-QĐ/TW"));
        Assert.Equal(DocumentNumber.Parse("43 -NQ/TW"), DocumentNumber.Parse("43-NQ/TW"));
        Assert.NotEqual(DocumentNumber.Parse("43-NQ/TW"), DocumentNumber.Parse("43-NQ/TU"));
    }

    [Theory]
    [InlineData("59/2023/NĐ-CP", "59-2023-nd-cp")]
    [InlineData("43-NQ/TW", "43-nq-tw")]
    [InlineData("01-ĐA/TU", "01-da-tu")]
    public void SlugIsLowerCaseAscii(string written, string slug)
    {
        Assert.Equal(slug, DocumentNumber.Parse(written).ToSlug());
    }

    [Theory]
    [InlineData("")]
    [InlineData("năm 2030")]
    [InlineData("02/05/2024")]
    [InlineData("0292 3870 123")]
    [InlineData("Điều 5")]
    [InlineData("43")]
    // A number cut short after its type code, and a search typed in lower case, are no issuer-only numbers.
    [InlineData("100/KH")]
    [InlineData("100-NQ")]
    [InlineData("100-kh")]
    public void TextThatIsNotANumberDoesNotParse(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
    }
}
