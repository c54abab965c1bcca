using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>
/// The legal normative shape (Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm) and a decision with its attached Quy chế,
/// on fictional fixtures (numbers 9901/QĐ-UBND and 99/2031/QH99, a fictional province).
/// </summary>
public sealed class LegalNormativeStructureTests
{
    private static readonly Lazy<LegalDocument> s_decision =
        new(() => RepoFiles.Parse(RepoFiles.Fixture("legal", "quyet-dinh-9901-quy-che.txt")).ToDocument(DocumentId.Of("9901-qd-ubnd-2031")));

    private static readonly Lazy<LegalDocument> s_law =
        new(() => RepoFiles.Parse(RepoFiles.Fixture("legal", "luat-mau-9902.txt")).ToDocument(DocumentId.Of("99-2031-qh99")));

    private static Section In(LegalDocument document, string eId) => Assert.Single(document.AllSections(), s => s.EId == eId);

    [Fact]
    public void DecisionArticlesClausesAndClosingComeBeforeTheAttachedQuyChe()
    {
        var top = s_decision.Value.Sections.Select(s => s.EId).ToList();
        Assert.Equal(["preamble", "art_1", "art_2", "art_3", "conclusions", "att_1"], top);
        Assert.Equal(["1", "2"], In(s_decision.Value, "art_2").Children.Select(c => c.Label));
        Assert.Equal("Hiệu lực thi hành", In(s_decision.Value, "art_2").Title);
    }

    [Fact]
    public void ArticleWhoseHeadingIsASentenceHasNoTitleButText()
    {
        var article = In(s_decision.Value, "art_1");
        Assert.Null(article.Title);
        Assert.Equal("Ban hành kèm theo Quyết định này Quy chế mẫu về quản lý thư viện số của tỉnh Thử Nghiệm.", article.Text);
    }

    [Fact]
    public void AttachedQuyCheIsItsOwnPartNumberedAfresh()
    {
        var attachment = In(s_decision.Value, "att_1");
        Assert.Equal(SectionKind.Attachment, attachment.Kind);
        Assert.Equal("Quy chế", attachment.Label);
        Assert.Equal("MẪU VỀ QUẢN LÝ THƯ VIỆN SỐ CỦA TỈNH THỬ NGHIỆM", attachment.Title);
        Assert.StartsWith("(Ban hành kèm theo Quyết định số 9901/QĐ-UBND", attachment.Text);
        Assert.Equal(["att_1__chp_I", "att_1__chp_II"], attachment.Children.Select(c => c.EId));

        // Its Điều 1 is not the decision's Điều 1.
        Assert.Equal("Phạm vi điều chỉnh", In(s_decision.Value, "att_1__art_1").Title);
        Assert.Equal(["Quy chế", "I", "1"], In(s_decision.Value, "att_1__art_1").Labels);
    }

    [Fact]
    public void PointsFollowTheVietnameseLetterOrderIncludingDd()
    {
        var clause = In(s_decision.Value, "att_1__art_2__para_2");
        Assert.Null(clause.Title);
        Assert.StartsWith("Người dùng là cán bộ", clause.Text);
        Assert.Equal(["a", "b", "c", "d", "đ"], clause.Children.Select(c => c.Label));
        Assert.Equal("att_1__art_2__para_2__point_dd", clause.Children[^1].EId);
        Assert.Equal("Người nước ngoài được cấp phép tra cứu.", clause.Children[^1].Text);

        // Clause 3 follows the points: the points closed when it opened.
        Assert.Equal(["1", "2", "3"], In(s_decision.Value, "att_1__art_2").Children.Select(c => c.Label));
    }

    [Fact]
    public void MucGroupsArticlesInsideAChapter()
    {
        var chapter = In(s_decision.Value, "att_1__chp_II");
        Assert.Equal("QUẢN LÝ VÀ KHAI THÁC", chapter.Title);
        Assert.Equal(["att_1__chp_II__sec_1", "att_1__chp_II__sec_2"], chapter.Children.Select(c => c.EId));
        Assert.Equal(["att_1__art_4", "att_1__art_5"], In(s_decision.Value, "att_1__chp_II__sec_2").Children.Select(c => c.EId));
    }

    [Fact]
    public void DecisionFactsComeFromItsHeaderAndSignature()
    {
        var facts = s_decision.Value.Metadata;
        Assert.Equal("9901/QĐ-UBND", facts.Number?.Value);
        Assert.Equal("Quyết định", facts.Type?.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Thử Nghiệm", facts.Issuer);
        Assert.Equal(new DateOnly(2031, 3, 15), facts.IssuedOn);
        Assert.Equal("BAN HÀNH QUY CHẾ MẪU VỀ QUẢN LÝ THƯ VIỆN SỐ CỦA TỈNH THỬ NGHIỆM", facts.Title);
        Assert.Equal("Nguyễn Văn Mẫu", facts.Signer);
        Assert.Equal("Chủ tịch", facts.SignerTitle);

        // The enacting authority and the "Căn cứ" lines are preamble, not title.
        Assert.StartsWith("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\nCăn cứ", s_decision.Value.Sections[0].Text);
    }

    [Fact]
    public void LawHasPartsChaptersSectionsSubsectionsAndArticles()
    {
        var law = s_law.Value;
        Assert.Equal("99/2031/QH99", law.Metadata.Number?.Value);
        Assert.Equal("Luật", law.Metadata.Type?.Name);
        Assert.Equal(["part_1", "part_2"], law.Sections.Where(s => s.Kind == SectionKind.Part).Select(s => s.EId));
        Assert.Equal("NHỮNG QUY ĐỊNH CHUNG", In(law, "part_1").Title);
        Assert.Equal("PHẠM VI ÁP DỤNG", In(law, "part_1__chp_I").Title);
        Assert.Equal("ĐỐI TƯỢNG", In(law, "part_1__chp_I__sec_1").Title);
        Assert.Equal("CƠ QUAN NHÀ NƯỚC", In(law, "part_1__chp_I__sec_1__subsec_1").Title);
        Assert.Equal(["1", "I", "1", "2", "2", "1"], In(law, "art_2__para_1").Labels);
        Assert.Equal(["art_3", "art_4"], In(law, "part_2__chp_II").Children.Select(c => c.EId));
    }

    [Fact]
    public void ASentenceStartingWithDieuAndANumberIsNotAnArticle()
    {
        // "Điều 2 của Luật này …" opens Điều 3's text; it is a reference, not a heading.
        Assert.Equal("Điều 2 của Luật này không áp dụng cho tổ chức nước ngoài.", In(s_law.Value, "art_3").Text);
    }

    [Fact]
    public void APartRightAfterTheTitleIsAPartNotMoreTitle()
    {
        var text = "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nSố: 9940/KH-UBND\nThử Nghiệm, ngày 01 tháng 02 năm 2031\nKẾ HOẠCH\nTHỬ NGHIỆM TIÊU ĐỀ\nI. MỤC ĐÍCH\n1. Nội dung hư cấu.";
        var parsed = KbPipeline.Default.Parse(new Core.Reading.SourceFile("k.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.True(parsed.Success);
        Assert.Equal("THỬ NGHIỆM TIÊU ĐỀ", parsed.Document.Metadata.Title);
        var document = parsed.Document.ToDocument(DocumentId.Of("9940-kh-ubnd-2031"));
        Assert.Equal("MỤC ĐÍCH", Assert.Single(document.Sections, s => s.Kind == SectionKind.Part).Title);
    }
}
