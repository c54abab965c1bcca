using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class TelexVniTests
{
    [Theory]
    // The examples
    [InlineData("nguwowfi", "người")]
    [InlineData("ddaij", "đại")]
    [InlineData("ddoanf", "đoàn")]
    [InlineData("keets", "kết")]
    [InlineData("hoaf", "hòa")]
    // Telex: doubled vowels, dd, w, tone keys at the end or inside the word
    [InlineData("khoong", "không")]
    [InlineData("coong", "công")]
    [InlineData("tooi", "tôi")]
    [InlineData("tinhs", "tính")]
    [InlineData("tinhr", "tỉnh")]
    [InlineData("truowngf", "trường")]
    [InlineData("duongw", "dương")]
    [InlineData("quys", "quý")]
    [InlineData("quyeenf", "quyền")]
    [InlineData("gias", "giá")]
    [InlineData("vieetj", "việt")]
    [InlineData("ddangr", "đảng")]
    [InlineData("ddaayr", "đẩy")]
    [InlineData("nhaan", "nhân")]
    [InlineData("daan", "dân")]
    [InlineData("toocj", "tộc")]
    [InlineData("phats", "phát")]
    [InlineData("trieenr", "triển")]
    [InlineData("hooij", "hội")]
    [InlineData("ddoongf", "đồng")]
    [InlineData("chuwcs", "chức")]
    [InlineData("quoocs", "quốc")]
    [InlineData("nuwowcs", "nước")]
    [InlineData("muwowif", "mười")]
    [InlineData("thuyr", "thủy")]
    [InlineData("khoer", "khỏe")]
    [InlineData("hoaj", "họa")]
    [InlineData("nguyeenx", "nguyễn")]
    [InlineData("hoawcj", "hoặc")]
    [InlineData("nawm", "năm")]
    [InlineData("giuwx", "giữ")]
    [InlineData("tuwj", "tự")]
    [InlineData("luaatj", "luật")]
    [InlineData("baor", "bảo")]
    [InlineData("veej", "vệ")]
    [InlineData("hieeuj", "hiệu")]
    [InlineData("ddeef", "đề")]
    [InlineData("cuwr", "cử")]
    [InlineData("nghieem", "nghiêm")]
    [InlineData("xoong", "xông")] // documented: the loanword rhyme oong yields to Telex oo
    // Case follows the input
    [InlineData("Ddaij", "Đại")]
    [InlineData("DDAIJ", "ĐẠI")]
    [InlineData("DDOANF", "ĐOÀN")]
    [InlineData("Hoaf", "Hòa")]
    [InlineData("Nguwowfi", "Người")]
    // VNI
    [InlineData("d9a5i", "đại")]
    [InlineData("d9oa2n", "đoàn")]
    [InlineData("ke61t", "kết")]
    [InlineData("nguo72i", "người")]
    [InlineData("nu7o71c", "nước")]
    [InlineData("vie65t", "việt")]
    [InlineData("na8m", "năm")]
    [InlineData("d9a3ng", "đảng")]
    [InlineData("to6i", "tôi")]
    [InlineData("kho6ng", "không")]
    [InlineData("hoa2", "hòa")]
    [InlineData("thuy3", "thủy")]
    [InlineData("Ha65u", "Hậu")]
    [InlineData("quo61c", "quốc")]
    [InlineData("D9A5I", "ĐẠI")]
    public void TelexAndVniWordsConvert(string typed, string expected)
    {
        Assert.True(TelexVni.TryConvert(typed, out var vietnamese), typed);
        Assert.Equal(expected, vietnamese);
    }

    [Theory]
    // The examples: plain Vietnamese without diacritics, abbreviations, English, numbers
    [InlineData("dan")]
    [InlineData("toc")]
    [InlineData("phat")]
    [InlineData("trien")]
    [InlineData("cong")]
    [InlineData("UBND")]
    [InlineData("MTTQ")]
    [InlineData("HĐND")]
    [InlineData("NQ")]
    [InlineData("TW")]
    [InlineData("http")]
    [InlineData("xxx")]
    [InlineData("2030")]
    [InlineData("43-NQ/TW")]
    // More plain Vietnamese
    [InlineData("nguoi")]
    [InlineData("dai")]
    [InlineData("doan")]
    [InlineData("ket")]
    [InlineData("hoa")]
    [InlineData("quoc")]
    [InlineData("viet")]
    [InlineData("tinh")]
    [InlineData("Hau")]
    [InlineData("Giang")]
    [InlineData("huyen")]
    [InlineData("sao")]
    [InlineData("truong")]
    [InlineData("khong")]
    [InlineData("nghieng")]
    [InlineData("xa")]
    [InlineData("ra")]
    // Abbreviations and document numbers
    [InlineData("CTr")]
    [InlineData("TTg")]
    [InlineData("KH&ĐT")]
    [InlineData("ANQP")]
    [InlineData("HTX")]
    [InlineData("217/QĐ-TW")]
    [InlineData("100/KH-UBND")]
    [InlineData("COP26")]
    [InlineData("Q1")]
    [InlineData("A4")]
    [InlineData("mp3")]
    [InlineData("covid19")]
    // English that a Telex reading would make into Vietnamese-looking syllables
    [InlineData("how")]
    [InlineData("now")]
    [InlineData("bus")]
    [InlineData("tax")]
    [InlineData("box")]
    [InlineData("car")]
    [InlineData("test")]
    [InlineData("best")]
    [InlineData("list")]
    [InlineData("taxi")]
    [InlineData("visa")]
    [InlineData("more")]
    [InlineData("too")]
    [InlineData("see")]
    [InlineData("of")]
    [InlineData("if")]
    [InlineData("cars")]
    [InlineData("boss")]
    [InlineData("access")]
    [InlineData("www")]
    [InlineData("logistics")]
    [InlineData("online")]
    [InlineData("internet")]
    [InlineData("email")]
    [InlineData("HIV")]
    [InlineData("AIDS")]
    [InlineData("fax")]
    [InlineData("java")]
    [InlineData("zalo")]
    // Bare w as the only vowel, mixed case, already Vietnamese, odd input
    [InlineData("nhw")]
    [InlineData("tw")]
    [InlineData("dDaij")]
    [InlineData("hOAF")]
    [InlineData("đại")]
    [InlineData("hòa")]
    [InlineData("hòaf")]
    [InlineData("ddaij,")]
    [InlineData("d9a0i")]
    [InlineData("9dai")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ddaijddoanfkeets")]
    public void OrdinaryWordsAreNotConverted(string word)
    {
        Assert.False(TelexVni.TryConvert(word, out var vietnamese), word);
        Assert.Equal(word, vietnamese);
    }

    [Fact]
    public void NullIsNotConverted()
    {
        Assert.False(TelexVni.TryConvert(null!, out var vietnamese));
        Assert.Equal(string.Empty, vietnamese);
    }

    [Theory]
    [InlineData("ddaij ddoanf keets", "đại đoàn kết")]
    [InlineData("d9a5i d9oa2n ke61t", "đại đoàn kết")]
    [InlineData("phát triển ddangr vieen", "phát triển đảng viên")]
    [InlineData("UBND tinhr Hậu Giang", "UBND tỉnh Hậu Giang")]
    [InlineData("(ddaij), keets.", "(đại), kết.")]
    [InlineData("ddaij  \t keets", "đại  \t kết")]
    [InlineData("Nghị quyết 43-NQ/TW veef ddaij ddoanf", "Nghị quyết 43-NQ/TW về đại đoàn")]
    [InlineData("hoaf nhaapj coongj ddoongf", "hòa nhập cộng đồng")]
    public void QueriesConvertWordByWord(string typed, string expected)
    {
        var query = TelexVni.ConvertQuery(typed);
        Assert.Equal(expected, query.Text);
        Assert.True(query.LooksLikeTelexOrVni);
    }

    [Fact]
    public void AmbiguousWordsConvertOnlyBesideUnambiguousOnes()
    {
        // "cos" alone could be English; next to "nguowif" it is "có".
        var query = TelexVni.ConvertQuery("nguowif cos uy tins");
        Assert.Equal("người có uy tín", query.Text);
        Assert.Equal(4, query.Words);
        Assert.Equal(3, query.Conversions.Count);
        Assert.Equal(0.75, query.Score, 3);
        Assert.Equal(("cos", "có"), query.Conversions[1]);

        var alone = TelexVni.ConvertQuery("how to test");
        Assert.Equal("how to test", alone.Text);
        Assert.False(alone.LooksLikeTelexOrVni);
        Assert.Empty(alone.Conversions);
    }

    [Theory]
    [InlineData("phat trien dang vien")]
    [InlineData("MTTQ giám sát")]
    [InlineData("217/QĐ-TW")]
    [InlineData("hoà nhập cộng đồng")]
    [InlineData("qd 217")]
    [InlineData("quyết định 217")]
    [InlineData("59/2023")]
    [InlineData("\"(")]
    [InlineData("*")]
    [InlineData("\\")]
    [InlineData("UBND HĐND MTTQ NQ TW")]
    [InlineData("")]
    [InlineData("   ")]
    public void OrdinaryQueriesAreLeftAsTyped(string typed)
    {
        var query = TelexVni.ConvertQuery(typed);
        Assert.Equal(typed, query.Text);
        Assert.False(query.LooksLikeTelexOrVni);
        Assert.Equal(0, query.Score);
    }

    [Fact]
    public void NullAndHugeQueriesNeverThrow()
    {
        Assert.Equal(string.Empty, TelexVni.ConvertQuery(null!).Text);
        var huge = string.Concat(Enumerable.Repeat("ddaij ", 400)) + new string('x', 2000);
        var query = TelexVni.ConvertQuery(huge);
        Assert.StartsWith("đại đại", query.Text);
        Assert.Equal(401, query.Words);
    }

    [Fact]
    public void EveryConversionIsAValidSyllableInCanonicalPlacement()
    {
        string[] typed = ["hoaf", "hoas", "hoar", "hoax", "hoaj", "khoer", "thuyr", "tuys", "quyf", "nguwowfi", "d9oa2n", "hoa2", "thuy3"];
        foreach (var word in typed)
        {
            Assert.True(TelexVni.TryConvert(word, out var vietnamese), word);
            Assert.True(VietnameseSyllable.IsValid(vietnamese), vietnamese);
            Assert.Equal(ToneMarks.Canonical(vietnamese), vietnamese);
        }
    }

    [Fact]
    public void NoAbbreviationOfTheTableConverts()
    {
        foreach (var entry in Abbreviations.All)
        {
            Assert.False(TelexVni.TryConvert(entry.Abbreviation, out _), entry.Abbreviation);
            Assert.False(TelexVni.TryConvert(entry.Abbreviation.ToLowerInvariant(), out _), entry.Abbreviation);
        }
    }

    [Fact]
    public void NoPlainWordOfThePlanConverts()
    {
        var plan = VietnameseText.RemoveDiacritics(VietnameseText.Normalize(File.ReadAllText(RepoFiles.PlanPath)));
        var words = plan.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '“', '”', '"', '(', ')', '-', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Distinct()
            .ToList();
        Assert.True(words.Count > 300);
        Assert.All(words, w => Assert.False(TelexVni.TryConvert(w, out _), w));
    }
}
