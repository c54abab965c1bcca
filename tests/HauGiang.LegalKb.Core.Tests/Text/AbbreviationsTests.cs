using System.Text;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("UBND", "Ủy ban nhân dân")]
    [InlineData("ubnd", "Ủy ban nhân dân")]
    [InlineData("HĐND", "Hội đồng nhân dân")]
    [InlineData("hdnd", "Hội đồng nhân dân")]
    [InlineData("HDND", "Hội đồng nhân dân")]
    [InlineData("MTTQ", "Mặt trận Tổ quốc")]
    [InlineData("UBMTTQ", "Ủy ban Mặt trận Tổ quốc")]
    [InlineData("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam")]
    [InlineData("MTTQVN", "Mặt trận Tổ quốc Việt Nam")]
    [InlineData("BCH", "Ban Chấp hành")]
    [InlineData("TW", "Trung ương")]
    [InlineData("TU", "Tỉnh ủy")]
    [InlineData("NQ", "Nghị quyết")]
    [InlineData("QĐ", "Quyết định")]
    [InlineData("qd", "Quyết định")]
    [InlineData("CT", "Chỉ thị")]
    [InlineData("KL", "Kết luận")]
    [InlineData("KH", "Kế hoạch")]
    [InlineData("CTr", "Chương trình")]
    [InlineData("ctr", "Chương trình")]
    [InlineData("ĐA", "Đề án")]
    [InlineData("NĐ-CP", "Nghị định của Chính phủ")]
    [InlineData("nd-cp", "Nghị định của Chính phủ")]
    [InlineData("NĐCP", "Nghị định của Chính phủ")]
    [InlineData("NĐ", "Nghị định")]
    [InlineData("CP", "Chính phủ")]
    [InlineData("CBCCVC", "cán bộ, công chức, viên chức")]
    [InlineData("CCHC", "cải cách hành chính")]
    [InlineData("KT-XH", "kinh tế - xã hội")]
    [InlineData("ktxh", "kinh tế - xã hội")]
    [InlineData("QP-AN", "quốc phòng, an ninh")]
    [InlineData("ANQP", "an ninh, quốc phòng")]
    [InlineData("HTX", "hợp tác xã")]
    [InlineData("THPT", "trung học phổ thông")]
    [InlineData("CNH-HĐH", "công nghiệp hóa, hiện đại hóa")]
    [InlineData("ĐBSCL", "đồng bằng sông Cửu Long")]
    [InlineData("dbscl", "đồng bằng sông Cửu Long")]
    [InlineData("PT&TH", "Phát thanh và Truyền hình")]
    [InlineData("u.b.n.d", "Ủy ban nhân dân")]
    public void AbbreviationsExpand(string abbreviation, string expansion)
    {
        var found = Abbreviations.Lookup(abbreviation);
        Assert.Contains(found, e => e.Expansion == expansion);
    }

    [Fact]
    public void QdIsBothQuyetDinhAndQuyDinh()
    {
        var found = Abbreviations.Lookup("QĐ").Select(e => e.Expansion).ToList();
        Assert.Equal(["Quyết định", "Quy định"], found);
    }

    [Fact]
    public void ANQPMeansBothOrdersAndQuocPhongAnNinhFindsBoth()
    {
        Assert.Contains(Abbreviations.Lookup("ANQP"), e => e.Expansion == "quốc phòng, an ninh");
        var abbreviations = Abbreviations.FindByExpansion("quốc phòng, an ninh").Select(e => e.Abbreviation).ToList();
        Assert.Contains("QP-AN", abbreviations);
        Assert.Contains("ANQP", abbreviations);
    }

    [Fact]
    public void TheSpellingTypedComesFirst()
    {
        Assert.Equal("Dự án", Abbreviations.Lookup("DA")[0].Expansion);
        Assert.Equal("Đề án", Abbreviations.Lookup("ĐA")[0].Expansion);
        Assert.Equal(2, Abbreviations.Lookup("da").Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("XYZW")]
    [InlineData("dân")]
    [InlineData("43-NQ/TW")]
    [InlineData("---")]
    public void UnknownAbbreviationsFindNothing(string abbreviation)
    {
        Assert.Empty(Abbreviations.Lookup(abbreviation));
    }

    [Fact]
    public void NullFindsNothing()
    {
        Assert.Empty(Abbreviations.Lookup(null!));
        Assert.Empty(Abbreviations.FindByExpansion(null!));
        Assert.Empty(Abbreviations.FindDefinitions(null!));
    }

    [Theory]
    [InlineData("Ủy ban nhân dân", "UBND")]
    [InlineData("Uỷ ban nhân dân", "UBND")]
    [InlineData("ỦY BAN NHÂN DÂN", "UBND")]
    [InlineData("uy ban nhan dan", "UBND")]
    [InlineData("Ủy ban nhan dan", "UBND")]
    [InlineData("Hội đồng nhân dân", "HĐND")]
    [InlineData("Quy định", "QĐ")]
    [InlineData("Quyết định", "QĐ")]
    [InlineData("cán bộ công chức viên chức", "CBCCVC")]
    [InlineData("cán bộ, công chức, viên chức", "CBCCVC")]
    [InlineData("kinh tế - xã hội", "KT-XH")]
    [InlineData("kinh te xa hoi", "KT-XH")]
    [InlineData("công nghiệp hoá, hiện đại hoá", "CNH-HĐH")]
    [InlineData("Nghị định của Chính phủ", "NĐ-CP")]
    [InlineData("đồng bằng sông Cửu Long", "ĐBSCL")]
    public void ExpansionsFindTheirAbbreviation(string phrase, string abbreviation)
    {
        Assert.Contains(Abbreviations.FindByExpansion(phrase), e => e.Abbreviation == abbreviation);
    }

    [Theory]
    [InlineData("ủy ban nhân")]
    [InlineData("quý định")] // typed with diacritics: they decide
    [InlineData("Ủy bán nhan dan")] // and beside bare words too
    [InlineData("")]
    public void OtherPhrasesFindNoAbbreviation(string phrase)
    {
        Assert.Empty(Abbreviations.FindByExpansion(phrase));
    }

    [Fact]
    public void EveryEntryHasASourceAndIsFoundBothWays()
    {
        Assert.True(Abbreviations.All.Count >= 60);
        Assert.All(Abbreviations.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Abbreviation);
            Assert.True(e.Abbreviation.IsNormalized(NormalizationForm.FormC) && e.Expansion.IsNormalized(NormalizationForm.FormC), e.Abbreviation);
            Assert.Contains(e, Abbreviations.Lookup(e.Abbreviation));
            Assert.Contains(e, Abbreviations.Lookup(VietnameseText.RemoveDiacritics(e.Abbreviation).ToLowerInvariant()));
            Assert.Contains(e, Abbreviations.FindByExpansion(e.Expansion));
        });
        Assert.Equal(Abbreviations.All.Count, Abbreviations.All.Select(e => (e.Abbreviation, e.Expansion)).Distinct().Count());
    }

    [Fact]
    public void EveryEntryTheTableSaysThePlanUsesIsInThePlan()
    {
        var plan = File.ReadAllText(RepoFiles.PlanPath);
        Assert.All(Abbreviations.All.Where(e => e.Source.Contains("100/KH-UBND", StringComparison.Ordinal)), e =>
            Assert.Contains(e.Abbreviation, plan, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TU", true)]
    [InlineData("ĐA", true)]
    [InlineData("UBND", false)]
    [InlineData("CT", false)]
    public void AbbreviationsThatAreAlsoWordsAreFlagged(string abbreviation, bool collides)
    {
        Assert.Equal(collides, Abbreviations.Lookup(abbreviation)[0].CollidesWithWord);
    }

    [Fact]
    public void ThePlanDefinesUbnd()
    {
        var text = File.ReadAllText(RepoFiles.PlanPath);
        var definitions = Abbreviations.FindDefinitions(text);
        var ubnd = Assert.Single(definitions);
        Assert.Equal("UBND", ubnd.Abbreviation);
        Assert.Equal("Ủy ban nhân dân", ubnd.Expansion);
        Assert.Equal("Ủy ban nhân dân (UBND)", ubnd.Span.Slice(text));
    }

    [Theory]
    [InlineData("Ủy ban nhân dân (UBND) tỉnh ban hành", "UBND", "Ủy ban nhân dân")]
    [InlineData("vai trò của Mặt trận Tổ quốc Việt Nam (sau đây gọi tắt là MTTQ) trong", "MTTQ", "Mặt trận Tổ quốc Việt Nam")]
    [InlineData("đẩy mạnh cải cách hành chính (sau đây viết tắt là “CCHC”).", "CCHC", "cải cách hành chính")]
    [InlineData("đội ngũ cán bộ, công chức, viên chức (CBCCVC) của tỉnh", "CBCCVC", "cán bộ, công chức, viên chức")]
    [InlineData("theo Nghị định của Chính phủ (NĐ-CP) số", "NĐ-CP", "Nghị định của Chính phủ")]
    [InlineData("phát triển kinh tế - xã hội (KT-XH) bền vững", "KT-XH", "kinh tế - xã hội")]
    [InlineData("Thành lập Ban Chỉ đạo (gọi tắt là BCĐ) của tỉnh", "BCĐ", "Ban Chỉ đạo")]
    [InlineData("xây dựng Chương trình (CTr) hành động", "CTr", "Chương trình")]
    [InlineData("Đài Phát thanh và Truyền hình (PT&TH) tỉnh", "PT&TH", "Phát thanh và Truyền hình")]
    [InlineData("vùng đồng bằng sông Cửu Long (ĐBSCL)", "ĐBSCL", "đồng bằng sông Cửu Long")]
    [InlineData("UBND (Ủy ban nhân dân) các cấp", "UBND", "Ủy ban nhân dân")]
    [InlineData("HĐND (Hội đồng nhân dân) tỉnh", "HĐND", "Hội đồng nhân dân")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam (UBMTTQVN) tỉnh", "UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam")]
    [InlineData("Thủ tướng Chính phủ (TTg)", "TTg", "Thủ tướng Chính phủ")]
    public void DocumentsDefineTheirOwnAbbreviations(string text, string abbreviation, string expansion)
    {
        var definition = Assert.Single(Abbreviations.FindDefinitions(text));
        Assert.Equal(abbreviation, definition.Abbreviation);
        Assert.Equal(expansion, definition.Expansion);
        Assert.StartsWith(abbreviation.Length > 0 && text.StartsWith(abbreviation, StringComparison.Ordinal) ? abbreviation : expansion, definition.Span.Slice(text));
        Assert.EndsWith(")", definition.Span.Slice(text));
    }

    [Theory]
    [InlineData("(gọi tắt là Chương trình 226-CTr/TU)")]
    [InlineData("Văn bản gốc\n(Không có nội dung)")]
    [InlineData("tỉnh Hậu Giang (UBND)")]
    [InlineData("Ban Chấp hành Trung ương khóa XIII (XIII)")]
    [InlineData("Điều 5 (sửa đổi, bổ sung)")]
    [InlineData("theo quy định của tỉnh (TW)")]
    [InlineData("Ủy ban nhân dân. (UBND)")]
    [InlineData("()")]
    [InlineData("(")]
    [InlineData("Ủy ban nhân dân (ubnd)")]
    [InlineData("")]
    public void OtherParenthesesAreNotDefinitions(string text)
    {
        Assert.Empty(Abbreviations.FindDefinitions(text));
    }

    [Fact]
    public void RepeatedDefinitionsAreListedOnceInOrder()
    {
        var text = "Hội đồng nhân dân (HĐND) và Ủy ban nhân dân (UBND); Hội đồng nhân dân (HĐND) tỉnh.";
        var definitions = Abbreviations.FindDefinitions(text);
        Assert.Equal(["HĐND", "UBND"], definitions.Select(d => d.Abbreviation));
    }

    [Fact]
    public void APairDefinedBothWaysIsListedAtItsFirstDefinition()
    {
        var text = "UBND (Ủy ban nhân dân) các cấp; sau đó Ủy ban nhân dân (UBND) tỉnh.";
        var definition = Assert.Single(Abbreviations.FindDefinitions(text));
        Assert.Equal(0, definition.Span.Start);
        Assert.Equal("UBND (Ủy ban nhân dân)", definition.Span.Slice(text));
    }
}
