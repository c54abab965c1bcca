using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class ThesaurusTests
{
    private static string DataFile =>
        Path.Combine(Path.GetDirectoryName(RepoFiles.Corpus)!, "src", "HauGiang.LegalKb.Core", "Text", "Data", "thesaurus.tsv");

    [Theory]
    [InlineData("bà con", "Nhân dân")]
    [InlineData("bà con", "người dân")]
    [InlineData("đoàn viên", "thanh niên")]
    [InlineData("người Hoa", "đồng bào dân tộc thiểu số")]
    [InlineData("người Khmer", "đồng bào dân tộc thiểu số")]
    [InlineData("cựu chiến binh", "Hội Cựu chiến binh")]
    [InlineData("người già", "người cao tuổi")]
    [InlineData("doanh nhân", "doanh nghiệp")]
    [InlineData("nông dân", "giai cấp nông dân")]
    [InlineData("công nhân", "giai cấp công nhân")]
    [InlineData("trí thức", "đội ngũ trí thức")]
    [InlineData("Việt kiều", "kiều bào")]
    [InlineData("tham nhũng", "phòng, chống tham nhũng")]
    [InlineData("đảng viên", "cán bộ, đảng viên")]
    public void EverydayWordsFindTheDocumentsTerms(string term, string expected)
    {
        Assert.Contains(expected, Thesaurus.Default.Expand(term));
    }

    [Theory]
    [InlineData("Nhân dân", "bà con")]
    [InlineData("người cao tuổi", "người già")]
    [InlineData("kiều bào", "Việt kiều")]
    [InlineData("giai cấp nông dân", "nông dân")]
    [InlineData("phòng, chống tham nhũng", "tham nhũng")]
    [InlineData("phòng chống tham nhũng", "tham nhũng")]
    [InlineData("đồng bào dân tộc thiểu số", "người Khmer")]
    public void TheDocumentsTermsFindTheEverydayWords(string term, string expected)
    {
        Assert.Contains(expected, Thesaurus.Default.Expand(term));
    }

    [Theory]
    [InlineData("BÀ CON", "Nhân dân")]
    [InlineData("  bà   con ", "Nhân dân")]
    [InlineData("ba con", "Nhân dân")]
    [InlineData("nguoi gia", "người cao tuổi")]
    [InlineData("viet kieu", "kiều bào")]
    [InlineData("tự chuyển hoá", "suy thoái")]
    [InlineData("tự chuyển hóa", "suy thoái")]
    [InlineData("người gia", "người cao tuổi")] // partly accented: word by word
    [InlineData("Đảng vien", "cán bộ, đảng viên")]
    public void MatchingIgnoresCaseSpacingAndToneMarkPlacement(string term, string expected)
    {
        Assert.Contains(expected, Thesaurus.Default.Expand(term));
    }

    [Theory]
    [InlineData("bá con")] // typed with diacritics: they decide
    [InlineData("người Hòa")]
    [InlineData("ngưởi gia")] // the accented word decides even beside a bare one
    [InlineData("ngân sách")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",;")]
    public void OtherTermsExpandToNothing(string term)
    {
        Assert.Empty(Thesaurus.Default.Expand(term));
    }

    [Fact]
    public void AnExpansionNeverRepeatsTheTermOrItself()
    {
        foreach (var entry in Thesaurus.Default.Entries)
        {
            foreach (var member in entry.Members)
            {
                var expansion = Thesaurus.Default.Expand(member);
                Assert.NotEmpty(expansion);
                Assert.DoesNotContain(expansion, e => string.Equals(e, member, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(expansion.Count, expansion.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            }
        }
    }

    [Fact]
    public void NullExpandsToNothing()
    {
        Assert.Empty(Thesaurus.Default.Expand(null!));
    }

    [Fact]
    public void TheDefaultIsTheEmbeddedDataFileEveryRowWithASource()
    {
        var thesaurus = Thesaurus.Default;
        Assert.InRange(thesaurus.Entries.Count, 30, 60);
        Assert.Empty(thesaurus.RejectedLines);
        Assert.Equal(Thesaurus.Parse(File.ReadAllText(DataFile)).Entries.Count, thesaurus.Entries.Count);
        Assert.All(thesaurus.Entries, e =>
        {
            Assert.NotEmpty(e.Synonyms);
            Assert.True(e.Note.Length >= 10, e.Term);
        });
        Assert.Equal(thesaurus.Entries.Count, thesaurus.Entries.Select(e => e.Term.ToLowerInvariant()).Distinct().Count());
        Assert.InRange(thesaurus.MaxWords, 4, 8);
    }

    [Fact]
    public void TheDataFileIsNfcWithThreeColumnsPerRow()
    {
        var text = File.ReadAllText(DataFile);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            Assert.Equal(3, line.Split('\t').Length);
        }
    }

    [Fact]
    public void RowsThatCiteThePlanNameSomethingThePlanSays()
    {
        var plan = PhraseKeyOf(File.ReadAllText(RepoFiles.PlanPath));
        Assert.All(Thesaurus.Default.Entries.Where(e => e.Note.StartsWith("plan", StringComparison.Ordinal)), e =>
            Assert.Contains(e.Members, m => plan.Contains(PhraseKeyOf(m), StringComparison.Ordinal)));
    }

    [Fact]
    public void ParseSkipsCommentsAndBlankLinesAndReportsMalformedOnes()
    {
        var tsv = "# comment\r\n\r\nbà con\tNhân dân|người dân\tcommon usage\r\nno tabs here\n\tNhân dân\tno term\nterm\t|\tno synonym\nterm\tsyn\t\nx\ty\tz\textra\nngười già\t người cao tuổi \tplan III.2.8\n";
        var thesaurus = Thesaurus.Parse(tsv);
        Assert.Equal(["bà con", "người già"], thesaurus.Entries.Select(e => e.Term));
        Assert.Equal([4, 5, 6, 7, 8], thesaurus.RejectedLines);
        Assert.Equal(["người cao tuổi"], thesaurus.Expand("người già"));
        Assert.Equal(3, thesaurus.Entries[0].Line);
    }

    [Fact]
    public void ParseNeverThrows()
    {
        Assert.Empty(Thesaurus.Parse(null!).Entries);
        Assert.Empty(Thesaurus.Parse("\t\t\t\n|||\n\u0000").Entries);
    }

    private static string PhraseKeyOf(string text) =>
        " " + string.Join(' ', ToneMarks.Canonical(VietnameseText.Normalize(text)).ToLowerInvariant()
            .Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)) + " ";
}
