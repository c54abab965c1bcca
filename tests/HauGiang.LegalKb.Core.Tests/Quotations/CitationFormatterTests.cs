using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Quotations;

/// <summary>Citations as Nghị định 30/2020/NĐ-CP writes them: the unit chain outwards, then the document.</summary>
public sealed class CitationFormatterTests
{
    private static readonly Lazy<KnowledgeBase> s_real =
        new(() => HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value);

    private static (LegalDocument Document, Section Section) Plan(string eId)
    {
        var found = s_real.Value.FindSection(SectionId.Parse("100-kh-ubnd-2024/" + eId));
        Assert.NotNull(found);
        return (found.Value.Document, found.Value.Section);
    }

    [Fact]
    public void StandardFormOfASubsectionMatchesTheIssueExample()
    {
        var (document, section) = Plan("part_III__sec_2__subsec_2-8");

        Assert.Equal(
            "Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang",
            CitationFormatter.Cite(document, section, CitationForm.Standard));
    }

    [Fact]
    public void ShortFormNamesTypeAndNumberOnly()
    {
        var (document, section) = Plan("part_III__sec_2__subsec_2-8");

        Assert.Equal("Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND", CitationFormatter.Cite(document, section, CitationForm.Short));
        Assert.Equal("Kế hoạch số 100/KH-UBND", CitationFormatter.Cite(document, null, CitationForm.Short));
    }

    [Fact]
    public void FullFormAddsTheSubjectInItsOrdinarySpelling()
    {
        var (document, section) = Plan("part_III__sec_5");

        Assert.Equal(
            "Mục 5 phần III Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang triển khai thực hiện " +
            "Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 43-NQ/TW " +
            "ngày 24/11/2023 của Ban Chấp hành Trung ương khóa XIII về “Tiếp tục phát huy truyền thống, sức mạnh đại đoàn " +
            "kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc”",
            CitationFormatter.Cite(document, section, CitationForm.Full));
    }

    [Theory]
    [InlineData("217-qd-tw-2013", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội")]
    [InlineData("43-nq-tw-2023", "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về “Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc”")]
    [InlineData("10-2022-qh15", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội")]
    [InlineData("59-2023-nd-cp", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở")]
    public void ReferenceOnlyDocumentsAreCitedFromTheirCatalogueFacts(string id, string expected)
    {
        var document = s_real.Value.FindDocument(DocumentId.Of(id))!;

        Assert.Equal(expected, CitationFormatter.Cite(document, null, CitationForm.Full));
    }

    [Theory]
    [InlineData("preamble", "Phần mở đầu Kế hoạch số 100/KH-UBND")]
    [InlineData("conclusions", "Phần kết Kế hoạch số 100/KH-UBND")]
    [InlineData("part_I", "Phần I Kế hoạch số 100/KH-UBND")]
    [InlineData("part_III__sec_1__subsec_1-1", "Tiểu mục 1.1 mục 1 phần III Kế hoạch số 100/KH-UBND")]
    public void UnitsOfAPlanAreNamedInLowerCaseAfterTheFirstWord(string eId, string expected)
    {
        var (document, section) = Plan(eId);

        Assert.Equal(expected, CitationFormatter.Cite(document, section, CitationForm.Short));
    }

    [Fact]
    public void PointsOfAnArticleStopAtTheArticleWhichKeepsItsCapital()
    {
        var document = LegalDocumentWithArticles();
        var point = document.AllSections().Single(s => s.Kind == SectionKind.Point);

        Assert.Equal("Điểm a khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP", CitationFormatter.Cite(document, point, CitationForm.Short));
    }

    [Fact]
    public void ArticlesOfAnAttachedRegulationNameTheAttachment()
    {
        var document = LegalDocumentWithArticles();
        var article = document.AllSections().Single(s => s.EId == "att_1__art_3");

        Assert.Equal("Điều 3 Quy chế ban hành kèm theo Nghị định số 59/2023/NĐ-CP", CitationFormatter.Cite(document, article, CitationForm.Short));
    }

    [Fact]
    public void ChaptersOfALegalDocumentKeepTheirCapital()
    {
        var document = LegalDocumentWithArticles();
        var chapter = document.AllSections().Single(s => s.EId == "chp_II");

        Assert.Equal("Chương II Nghị định số 59/2023/NĐ-CP", CitationFormatter.Cite(document, chapter, CitationForm.Short));
    }

    [Theory]
    [InlineData(2024, 5, 2, "02/5/2024")]
    [InlineData(2024, 1, 12, "12/01/2024")]
    [InlineData(2023, 2, 9, "09/02/2023")]
    [InlineData(2023, 8, 14, "14/8/2023")]
    [InlineData(2013, 12, 12, "12/12/2013")]
    public void DatesHaveLeadingZerosOnlyForDaysBelowTenAndForJanuaryAndFebruary(int year, int month, int day, string expected) =>
        Assert.Equal(expected, CitationFormatter.FormatDate(new DateOnly(year, month, day)));

    [Fact]
    public void UnknownFactsAreLeftOut()
    {
        var document = new LegalDocument { Id = DocumentId.Of("x"), Metadata = new DocumentMetadata { Number = DocumentNumber.Parse("88/NQLT/CP-ĐCTUBTWMTTQVN"), Type = DocumentType.FromName("Nghị quyết liên tịch") } };

        Assert.Equal("Nghị quyết liên tịch số 88/NQLT/CP-ĐCTUBTWMTTQVN", CitationFormatter.Cite(document, null, CitationForm.Full));
    }

    [Fact]
    public void ADocumentWithoutNumberOrTypeIsNamedByItsTitle()
    {
        var document = new LegalDocument { Id = DocumentId.Of("ghi-chu"), Metadata = new DocumentMetadata { Title = "Ghi chú nội bộ" } };

        Assert.Equal("Văn bản Ghi chú nội bộ", CitationFormatter.Cite(document, null, CitationForm.Full));
    }

    private static LegalDocument LegalDocumentWithArticles()
    {
        const string id = "59-2023-nd-cp";
        Section Unit(string eId, SectionKind kind, string label, string[] labels, params Section[] children) => new()
        {
            Id = SectionId.Of(DocumentId.Of(id), eId),
            Kind = kind,
            Label = label,
            Labels = labels,
            Heading = kind == SectionKind.Attachment ? "QUY CHẾ THỬ NGHIỆM" : null,
            Text = "Nội dung.",
            Order = 0,
            Span = new TextSpan(0, 0),
            TextSpan = new TextSpan(0, 0),
            Children = children,
        };

        return new LegalDocument
        {
            Id = DocumentId.Of(id),
            Metadata = new DocumentMetadata { Number = DocumentNumber.Parse("59/2023/NĐ-CP"), Type = DocumentType.FromName("Nghị định"), IssuedOn = new DateOnly(2023, 8, 14), Issuer = "Chính phủ" },
            CleanedText = "Nội dung.",
            Sections =
            [
                Unit("chp_II", SectionKind.Chapter, "II", ["II"],
                    Unit("art_5", SectionKind.Article, "5", ["II", "5"],
                        Unit("art_5__para_2", SectionKind.Clause, "2", ["II", "5", "2"],
                            Unit("art_5__para_2__point_a", SectionKind.Point, "a", ["II", "5", "2", "a"])))),
                Unit("att_1", SectionKind.Attachment, "1", ["1"],
                    Unit("att_1__chp_I", SectionKind.Chapter, "I", ["1", "I"],
                        Unit("att_1__art_3", SectionKind.Article, "3", ["1", "I", "3"]))),
            ],
        };
    }
}
