using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("người")]
    [InlineData("NGƯỜI")]
    [InlineData("Nguyễn")]
    [InlineData("nghiêng")]
    [InlineData("khuỷu")]
    [InlineData("khuya")]
    [InlineData("quyết")]
    [InlineData("quý")]
    [InlineData("quỳnh")]
    [InlineData("quân")]
    [InlineData("quốc")]
    [InlineData("giữa")]
    [InlineData("giếng")]
    [InlineData("gìn")]
    [InlineData("gì")]
    [InlineData("đoàn")]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("hoạch")]
    [InlineData("oán")]
    [InlineData("ủy")]
    [InlineData("uỷ")]
    [InlineData("yêu")]
    [InlineData("yên")]
    [InlineData("ý")]
    [InlineData("a")]
    [InlineData("ăn")]
    [InlineData("ấy")]
    [InlineData("rượu")]
    [InlineData("khuếch")]
    [InlineData("xoong")]
    [InlineData("kết")]
    [InlineData("tộc")]
    [InlineData("dân")]
    [InlineData("ke")]
    [InlineData("ghi")]
    [InlineData("nghe")]
    [InlineData("cua")]
    [InlineData("thuở")]
    [InlineData("huyện")]
    [InlineData("tuần")]
    [InlineData("khuấy")]
    [InlineData("ngoẹo")]
    public void WellFormedSyllablesAreValid(string word)
    {
        Assert.True(VietnameseSyllable.IsValid(word), word);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("phat")] // a stop final needs sắc or nặng
    [InlineData("kèt")]
    [InlineData("hoàt")]
    [InlineData("tỏc")]
    [InlineData("nge")] // → nghe
    [InlineData("ngi")]
    [InlineData("ce")] // → ke
    [InlineData("ka")] // → ca
    [InlineData("gha")] // → ga
    [InlineData("ge")] // → ghe
    [InlineData("tuan")] // uâ needs its circumflex
    [InlineData("ăn\u0301n")]
    [InlineData("ăy")]
    [InlineData("ă")] // ă needs a final
    [InlineData("â")]
    [InlineData("hoáà")] // two tones
    [InlineData("tiên\u0301")]
    [InlineData("fax")]
    [InlineData("wifi")]
    [InlineData("zalo")]
    [InlineData("java")]
    [InlineData("UBND")]
    [InlineData("http")]
    [InlineData("hello")]
    [InlineData("2030")]
    [InlineData("a1")]
    [InlineData("đại đoàn")]
    [InlineData("kinh-tế")]
    [InlineData("q")]
    [InlineData("qu")]
    [InlineData("qa")]
    [InlineData("iên")] // written yên without an onset
    [InlineData("tyên")] // written tiên after one
    [InlineData("nguoi")] // no such rhyme without marks
    [InlineData("ngưoi")]
    [InlineData("strong")]
    [InlineData("ươ")]
    public void MalformedWordsAreNotValid(string word)
    {
        Assert.False(VietnameseSyllable.IsValid(word), word);
    }

    [Theory]
    [InlineData("phat", true)]
    [InlineData("nguoi", true)]
    [InlineData("tuan", true)]
    [InlineData("dan", true)]
    [InlineData("toc", true)]
    [InlineData("trien", true)]
    [InlineData("Hau", true)]
    [InlineData("GIANG", true)]
    [InlineData("quyet", true)]
    [InlineData("nghieng", true)]
    [InlineData("yeu", true)]
    [InlineData("phát", true)]
    [InlineData("UBND", false)]
    [InlineData("http", false)]
    [InlineData("hello", false)]
    [InlineData("ddaij", false)]
    [InlineData("keets", false)]
    [InlineData("nge", false)]
    [InlineData("tien1", false)]
    public void UnaccentedSpellingsAreRecognised(string word, bool expected)
    {
        Assert.Equal(expected, VietnameseSyllable.IsValidUnaccented(word));
    }

    [Fact]
    public void LoanwordRhymesCanBeLeftOut()
    {
        Assert.True(VietnameseSyllable.IsValidUnaccented("xoong"));
        Assert.False(VietnameseSyllable.IsValidUnaccented("xoong", allowLoanwords: false));
        Assert.False(VietnameseSyllable.IsValidUnaccented("khoong", allowLoanwords: false));
        Assert.True(VietnameseSyllable.IsValidUnaccented("khong", allowLoanwords: false));
    }

    [Fact]
    public void NullIsNotValid()
    {
        Assert.False(VietnameseSyllable.IsValid(null!));
        Assert.False(VietnameseSyllable.IsValidUnaccented(null!));
    }

    [Fact]
    public void EveryWordOfThePlanWithDiacriticsIsAValidSyllable()
    {
        var plan = VietnameseText.Normalize(File.ReadAllText(RepoFiles.PlanPath));
        var words = plan.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '“', '”', '"', '(', ')', '-', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter) && VietnameseText.RemoveDiacritics(w) != w && Abbreviations.Lookup(w).Count == 0)
            .Distinct()
            .ToList();
        Assert.True(words.Count > 300);
        Assert.All(words, w => Assert.True(VietnameseSyllable.IsValid(w), w));
    }
}
