using HauGiang.LegalKb.Search.Querying;

namespace HauGiang.LegalKb.Search.Tests.Querying;

/// <summary>What the parser takes out of a query as a document number, the type word typed with or without diacritics.</summary>
public sealed class UserQueryParserTests
{
    [Theory]
    [InlineData("nghị định 59", "59", "ND")]
    [InlineData("nghi dinh 59", "59", "ND")]
    [InlineData("quy dinh 124", "124", "QD")]
    [InlineData("quyet dinh 217", "217", "QD")]
    [InlineData("ke hoach 100", "100", "KH")]
    [InlineData("Ke Hoach so 100", "100", "KH")]
    [InlineData("chuong trinh 226", "226", "CTR")]
    [InlineData("de an 06", "6", "DA")]
    [InlineData("quy dinh so 977", "977", "QD")]
    public void ATypeWordWithOrWithoutDiacriticsMakesANumber(string query, string ordinal, string code)
    {
        var parsed = UserQueryParser.Parse(query);

        var number = Assert.Single(parsed.Numbers);
        Assert.Equal(ordinal, number.Ordinal);
        Assert.Equal(code, number.Code);
        Assert.Empty(parsed.Words);
    }

    [Theory]
    [InlineData("gia dinh 5 khong")]
    [InlineData("ke 100")]
    [InlineData("hoach 100")]
    public void ANumberWithoutATypeWordStaysAWord(string query)
    {
        var parsed = UserQueryParser.Parse(query);

        Assert.Empty(parsed.Numbers);
        Assert.Contains(parsed.Words, w => w is "5" or "100");
    }
}
