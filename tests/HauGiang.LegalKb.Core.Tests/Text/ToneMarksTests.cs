using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class ToneMarksTests
{
    // Old (tone on the main vowel) → canonical, for every tone of every affected rhyme: oa, oe, uy at the end of a syllable.
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hoá", "hóa")]
    [InlineData("hoả", "hỏa")]
    [InlineData("hoã", "hõa")]
    [InlineData("hoạ", "họa")]
    [InlineData("khoá", "khóa")]
    [InlineData("toà", "tòa")]
    [InlineData("xoá", "xóa")]
    [InlineData("loã", "lõa")]
    [InlineData("oà", "òa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("hoè", "hòe")]
    [InlineData("toé", "tóe")]
    [InlineData("xoẽ", "xõe")]
    [InlineData("loẹ", "lọe")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("tuý", "túy")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("luỹ", "lũy")]
    [InlineData("thuỵ", "thụy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("huỷ", "hủy")]
    [InlineData("suý", "súy")]
    public void OldPlacementBecomesCanonical(string old, string canonical)
    {
        Assert.Equal(canonical, ToneMarks.Canonical(old));
        Assert.Equal(canonical, ToneMarks.Canonical(canonical));
    }

    // The same class in upper case and capitalised: each letter keeps its case.
    [Theory]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("KHOẺ", "KHỎE")]
    [InlineData("THUỶ", "THỦY")]
    [InlineData("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("Hoà", "Hòa")]
    [InlineData("KHOÁ XII", "KHÓA XII")]
    [InlineData("QÚY", "QUÝ")]
    [InlineData("HÒAN", "HOÀN")]
    public void CaseIsKeptLetterByLetter(string input, string expected)
    {
        Assert.Equal(expected, ToneMarks.Canonical(input));
    }

    // Tone marks put on the wrong vowel elsewhere are moved too: the rule covers every rhyme.
    [Theory]
    [InlineData("tòan", "toàn")]
    [InlineData("hòan", "hoàn")]
    [InlineData("họach", "hoạch")]
    [InlineData("khóet", "khoét")]
    [InlineData("hùynh", "huỳnh")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("xóay", "xoáy")]
    [InlineData("khủyu", "khuỷu")]
    [InlineData("ngừơi", "người")]
    [InlineData("mứơi", "mưới")]
    [InlineData("thúyên", "thuyến")]
    [InlineData("tìên", "tiền")]
    [InlineData("múôn", "muốn")]
    public void MisplacedTonesMoveToTheCanonicalVowel(string input, string expected)
    {
        Assert.Equal(expected, ToneMarks.Canonical(input));
    }

    // The u of "qu" and the i of "gi" are the onset's: the tone goes on the rhyme.
    [Theory]
    [InlineData("qúy", "quý")]
    [InlineData("qùy", "quỳ")]
    [InlineData("qủa", "quả")]
    [InlineData("qúa", "quá")]
    [InlineData("qùynh", "quỳnh")]
    [InlineData("gìa", "già")]
    [InlineData("gía", "giá")]
    [InlineData("gíup", "giúp")]
    [InlineData("gìư", "giừ")]
    public void QuAndGiOnsetsNeverCarryTheTone(string input, string expected)
    {
        Assert.Equal(expected, ToneMarks.Canonical(input));
    }

    // Already canonical, or not Vietnamese: returned as it is.
    [Theory]
    [InlineData("quý")]
    [InlineData("quỳ")]
    [InlineData("quỳnh")]
    [InlineData("quyết")]
    [InlineData("quốc")]
    [InlineData("giá")]
    [InlineData("giữa")]
    [InlineData("giếng")]
    [InlineData("gìn")]
    [InlineData("gì")]
    [InlineData("hoàn")]
    [InlineData("toàn")]
    [InlineData("hoạch")]
    [InlineData("ngoài")]
    [InlineData("khuỷu")]
    [InlineData("người")]
    [InlineData("thuở")]
    [InlineData("huơ")]
    [InlineData("Nguyễn")]
    [InlineData("thuế")]
    [InlineData("khuya")]
    [InlineData("tài")]
    [InlineData("mùa")]
    [InlineData("của")]
    [InlineData("kìa")]
    [InlineData("moóc")]
    [InlineData("Đảng")]
    [InlineData("café")]
    [InlineData("résumé")]
    [InlineData("naïve")]
    [InlineData("hello world")]
    [InlineData("43-NQ/TW")]
    [InlineData("100/KH-UBND")]
    [InlineData("2030")]
    [InlineData("HĐND")]
    [InlineData("ÀÁ")]
    [InlineData("hòaà")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00D0oàn")]
    [InlineData("x\u0300")]
    public void WordsThatMustNotChange(string word)
    {
        Assert.Equal(word, ToneMarks.Canonical(word));
    }

    [Fact]
    public void NullIsReturnedAsIs()
    {
        Assert.Null(ToneMarks.Canonical(null!));
    }

    [Fact]
    public void OldAndNewSpellingsOfAPhraseBecomeEqual()
    {
        var old = "Uỷ ban nhân dân tỉnh, hoà giải ở cơ sở, đa dạng hoá, khoá XII, thuỷ lợi, chăm sóc sức khoẻ, tuỳ theo";
        var @new = "Ủy ban nhân dân tỉnh, hòa giải ở cơ sở, đa dạng hóa, khóa XII, thủy lợi, chăm sóc sức khỏe, tùy theo";
        Assert.Equal(ToneMarks.Canonical(@new), ToneMarks.Canonical(old));
        Assert.Equal(@new, ToneMarks.Canonical(old));
    }

    [Fact]
    public void DecomposedInputIsComposedFirst()
    {
        var decomposed = "hoà bình".Normalize(NormalizationForm.FormD);
        Assert.Equal("hòa bình", ToneMarks.Canonical(decomposed));
    }

    [Fact]
    public void ThePlanKeepsItsLengthAndIsIdempotent()
    {
        var plan = VietnameseText.Normalize(File.ReadAllText(RepoFiles.PlanPath));
        var once = ToneMarks.Canonical(plan);
        Assert.Equal(plan.Length, once.Length);
        Assert.Equal(once, ToneMarks.Canonical(once));

        // Every old placement of the plan is gone; the plan's own canonical spellings are untouched.
        Assert.DoesNotMatch(@"(?<!\p{L})(hoá|khoá)(?!\p{L})", once);
        Assert.Matches(@"(?<!\p{L})(hoá|khoá)(?!\p{L})", plan);
        Assert.Contains("đa dạng hóa hình thức", once);
        Assert.Contains("trí thức hóa công nhân", once);
        Assert.Equal(CountWords(plan, "Ủy") + CountWords(plan, "Uỷ"), CountWords(once, "Ủy"));

        // Only tone marks moved: with diacritics removed, the texts are identical.
        Assert.Equal(VietnameseText.RemoveDiacritics(plan), VietnameseText.RemoveDiacritics(once));
    }

    [Fact]
    public void EveryWordOfThePlanThatChangesIsAValidSyllableInBothSpellings()
    {
        var plan = VietnameseText.Normalize(File.ReadAllText(RepoFiles.PlanPath));
        var words = plan.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '“', '”', '"', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        var changed = words.Where(w => ToneMarks.Canonical(w) != w).Distinct().ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, w =>
        {
            Assert.True(VietnameseSyllable.IsValid(w), w);
            Assert.True(VietnameseSyllable.IsValid(ToneMarks.Canonical(w)), w);
        });
    }

    [Fact]
    public void NeverThrowsOnOddInput()
    {
        string[] inputs = ["\uD800", "a\uDC00b", "hoà\uD800", "\uDC00hoà", "\u0301", new string('á', 5000), "ưươơ", "qu", "gi", "q", "ngh", "\0", "ÀÀÀÀ"];
        foreach (var input in inputs)
        {
            var result = ToneMarks.Canonical(input);
            Assert.Equal(input.Length, result.Length);
        }
    }

    private static int CountWords(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
