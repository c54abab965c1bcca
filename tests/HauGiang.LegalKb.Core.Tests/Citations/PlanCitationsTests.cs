using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Citations;

/// <summary>
/// Every reference in the plan, found by reading it line by line, with its section, canonical number, type, date and
/// issuing body: the extractor must find exactly these (recall and precision both 100%).
/// </summary>
public sealed class PlanCitationsTests
{
    private const string Bch = "Ban Chấp hành Đảng bộ tỉnh";
    private const string Tw13 = "Ban Chấp hành Trung ương khóa XIII";

    // (citing section eId, "" for the title; words as written; number; type; date dd/MM/yyyy; issuer; target document)
    private static readonly (string From, string Text, string? Number, string Type, string? Date, string? Issuer, string Target)[] s_expected =
    [
        ("", "CHƯƠNG TRÌNH SỐ 226-CTR/TU NGÀY 12/01/2024 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "226-CTr/TU", "Chương trình", "12/01/2024", Bch, "226-ctr-tu-2024"),
        ("", "NGHỊ QUYẾT SỐ 43-NQ/TW NGÀY 24/11/2023 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIII", "43-NQ/TW", "Nghị quyết", "24/11/2023", Tw13, "43-nq-tw-2023"),
        ("preamble", "Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh", "226-CTr/TU", "Chương trình", "12/01/2024", Bch, "226-ctr-tu-2024"),
        ("preamble", "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương khóa XIII", "43-NQ/TW", "Nghị quyết", "24/11/2023", Tw13, "43-nq-tw-2023"),
        ("preamble", "Chương trình 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("preamble", "Chương trình 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_I__sec_1", "Nghị quyết số 43-NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_I__sec_1", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_I__sec_1", "Nghị quyết số 43 -NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_I__sec_1", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_I__sec_1", "Nghị quyết số 43-NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_I__sec_1", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_I__sec_2", "Nghị quyết số 43-NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_I__sec_2", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_I__sec_2", "Nghị quyết số 43-NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_I__sec_2", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_III__sec_3__subsec_3-1", "Nghị quyết Trung ương 4 khóa XI", null, "Nghị quyết", null, null, "12-nq-tw-2012"),
        ("part_III__sec_3__subsec_3-1", "khoá XII", null, "Nghị quyết", null, null, "04-nq-tw-2016"),
        ("part_III__sec_3__subsec_3-1", "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khoá XIII", "21-KL/TW", "Kết luận", null, "Ban Chấp hành Trung ương Đảng khoá XIII", "21-kl-tw-2021"),
        ("part_III__sec_3__subsec_3-2", "Đề án số 01-ĐA/TU ngày 29/6/2021 của Ban Chấp hành Đảng bộ tỉnh", "01-ĐA/TU", "Đề án", "29/06/2021", Bch, "01-da-tu-2021"),
        ("part_III__sec_3__subsec_3-2", "Đề án số 05-ĐA/TU ngày 01/6/2022 của Ban Chấp hành Đảng bộ tỉnh", "05-ĐA/TU", "Đề án", "01/06/2022", Bch, "05-da-tu-2022"),
        ("part_III__sec_3__subsec_3-2", "Đề án số 06-ĐA/TU ngày 08/05/2023 của Ban Chấp hành Đảng bộ tỉnh", "06-ĐA/TU", "Đề án", "08/05/2023", Bch, "06-da-tu-2023"),
        ("part_III__sec_3__subsec_3-2", "Quy định 977-QĐ/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy", "977-QĐ/TU", "Quy định", "15/03/2022", "Ban Thường vụ Tỉnh ủy", "977-qd-tu-2022"),
        ("part_III__sec_3__subsec_3-2", "Nghị quyết số 05-NQ/TU ngày 01/6/2022 của Ban Chấp hành Đảng bộ tỉnh", "05-NQ/TU", "Nghị quyết", "01/06/2022", Bch, "05-nq-tu-2022"),
        ("part_III__sec_4", "Luật Thực hiện dân chủ ở cơ sở", null, "Luật", null, null, "10-2022-qh15"),
        ("part_III__sec_5", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", "217-QĐ/TW", "Quyết định", "12/12/2013", "Bộ Chính trị", "217-qd-tw-2013"),
        ("part_III__sec_5", "Quyết định số 218-QĐ/TW", "218-QĐ/TW", "Quyết định", null, null, "218-qd-tw-2013"),
        ("part_III__sec_5", "Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư", "124-QĐ/TW", "Quy định", "02/02/2018", "Ban Bí thư", "124-qd-tw-2018"),
        ("part_III__sec_5", "Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư", "18-CT/TW", "Chỉ thị", "26/10/2022", "Ban Bí thư", "18-ct-tw-2022"),
        ("part_III__sec_5", "Luật Thực hiện dân chủ ở cơ sở", null, "Luật", null, null, "10-2022-qh15"),
        ("part_III__sec_5", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ", "59/2023/NĐ-CP", "Nghị định", "14/08/2023", "Chính phủ", "59-2023-nd-cp"),
        ("part_III__sec_5", "Luật Thực hiện dân chủ ở cơ sở", null, "Luật", null, null, "10-2022-qh15"),
        ("part_III__sec_6", "Chương trình phối hợp số 04/CTrPH-UBND-UBMTTQ ngày 01/6/2017 giữa UBND với Ủy ban MTTQ Việt Nam tỉnh", "04/CTrPH-UBND-UBMTTQ", "Chương trình phối hợp", "01/06/2017", "UBND với Ủy ban MTTQ Việt Nam tỉnh", "04-ctrph-ubnd-ubmttq-2017"),
        ("part_III__sec_6", "Nghị quyết liên tịch số 88/NQLT/CP-ĐCTUBTWMTTQVN", "88/NQLT/CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", null, null, "88-nqlt-cp-dctubtwmttqvn"),
        ("part_IV__sec_1", "Kế hoạch này", "100/KH-UBND", "Kế hoạch", null, null, "100-kh-ubnd-2024"),
        ("part_IV__sec_2", "Kế hoạch này", "100/KH-UBND", "Kế hoạch", null, null, "100-kh-ubnd-2024"),
        ("part_IV__sec_2", "Kế hoạch này", "100/KH-UBND", "Kế hoạch", null, null, "100-kh-ubnd-2024"),
        ("part_IV__sec_3", "Nghị quyết số 43- NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_IV__sec_3", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_IV__sec_3", "Kế hoạch này", "100/KH-UBND", "Kế hoạch", null, null, "100-kh-ubnd-2024"),
        ("part_IV__sec_4", "Nghị quyết số 43-NQ/TW", "43-NQ/TW", "Nghị quyết", null, null, "43-nq-tw-2023"),
        ("part_IV__sec_4", "Chương trình số 226-CTr/TU", "226-CTr/TU", "Chương trình", null, null, "226-ctr-tu-2024"),
        ("part_IV__sec_4", "Kế hoạch này", "100/KH-UBND", "Kế hoạch", null, null, "100-kh-ubnd-2024"),
        ("conclusions", "Chương trình số 226-CTr/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh", "226-CTr/TU", "Chương trình", "12/01/2024", Bch, "226-ctr-tu-2024"),
        ("conclusions", "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương khóa XIII", "43-NQ/TW", "Nghị quyết", "24/11/2023", Tw13, "43-nq-tw-2023"),
    ];

    private static readonly Lazy<KnowledgeBase> s_kb =
        new(() => HauGiang.LegalKb.Tests.Shared.RealKnowledgeBase.Value);

    private static List<Citation> PlanCitations => s_kb.Value.CitationsFrom(DocumentId.Of("100-kh-ubnd-2024")).ToList();

    [Fact]
    public void ExactlyTheReferencesOfThePlanAreFoundInOrder()
    {
        var actual = PlanCitations.Select(c => (
            From: c.FromSectionId?.EId ?? string.Empty,
            c.Text,
            Number: c.Number?.Value,
            Type: c.Type?.Name ?? "?",
            Date: c.IssuedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            c.Issuer,
            Target: c.TargetDocumentId?.Value ?? "?")).ToList();
        Assert.Equal(s_expected.Length, actual.Count);
        for (var i = 0; i < s_expected.Length; i++)
        {
            Assert.Equal(s_expected[i], actual[i]);
        }
    }

    [Fact]
    public void TheOriginalWordsStandAtTheirPositionInTheCleanedText()
    {
        var plan = s_kb.Value.FindDocument(DocumentId.Of("100-kh-ubnd-2024"))!;
        Assert.All(PlanCitations, c => Assert.Equal(c.Text, c.Span.Slice(plan.CleanedText)));
    }

    [Fact]
    public void SubjectsAreKeptWithoutTheirQuotes()
    {
        var preamble43 = PlanCitations.First(c => c.FromSectionId?.EId == "preamble" && c.Number?.Value == "43-NQ/TW");
        Assert.Equal("Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc", preamble43.Subject);
        var decree = PlanCitations.Single(c => c.Number?.Value == "59/2023/NĐ-CP");
        Assert.Equal("quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", decree.Subject);
        var rule = PlanCitations.Single(c => c.Number?.Value == "977-QĐ/TU");
        Assert.Equal("công tác quy hoạch cán bộ trong hệ thống chính trị tỉnh Hậu Giang", rule.Subject);
    }

    [Fact]
    public void TheTypeWordInTheProseDecidesTheType()
    {
        Assert.Equal("Quy định", PlanCitations.Single(c => c.Number?.Value == "977-QĐ/TU").Type?.Name);
        Assert.Equal("Quyết định", PlanCitations.Single(c => c.Number?.Value == "217-QĐ/TW").Type?.Name);
        Assert.Equal("Quy định", PlanCitations.Single(c => c.Number?.Value == "124-QĐ/TW").Type?.Name);
    }

    [Fact]
    public void SelfReferencesPointAtThePlanAndResolve()
    {
        var selves = PlanCitations.Where(c => c.IsSelfReference).ToList();
        Assert.Equal(5, selves.Count);
        Assert.All(selves, c => Assert.True(c.Resolved && c.TargetDocumentId == DocumentId.Of("100-kh-ubnd-2024")));
        Assert.Empty(s_kb.Value.CitedBy(DocumentId.Of("100-kh-ubnd-2024")));
    }

    [Fact]
    public void TheTitleGivesTheChainPlanImplements226Implements43()
    {
        var relationships = s_kb.Value.Relationships();
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("100-kh-ubnd-2024", "226-ctr-tu-2024", RelationKind.Implements));
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("226-ctr-tu-2024", "43-nq-tw-2023", RelationKind.Implements));
        Assert.Contains(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("04-ctrph-ubnd-ubmttq-2017", "88-nqlt-cp-dctubtwmttqvn", RelationKind.Implements));
        Assert.DoesNotContain(relationships, r => (r.FromDocumentId.Value, r.Target, r.Kind) == ("100-kh-ubnd-2024", "43-nq-tw-2023", RelationKind.Implements));
    }

    [Fact]
    public void EveryCitedDocumentHasARecordThatKnowsWhoCitesIt()
    {
        var cited = PlanCitations.Where(c => !c.IsSelfReference).Select(c => c.TargetDocumentId).Distinct().ToList();
        Assert.Equal(18, cited.Count);
        foreach (var id in cited)
        {
            var document = s_kb.Value.FindDocument(id!.Value);
            Assert.NotNull(document);
            Assert.False(document.HasFullText);
            Assert.NotEmpty(s_kb.Value.CitedBy(id!.Value));
        }

        Assert.Equal(10, s_kb.Value.CitedBy(DocumentId.Of("43-nq-tw-2023")).Count());
        Assert.Equal(3, s_kb.Value.CitedBy(DocumentId.Of("10-2022-qh15")).Count());
    }

    [Fact]
    public void ReferencesToDocumentsWithoutTextAreNotResolvedAndSaySo()
    {
        var reference = PlanCitations.First(c => c.Number?.Value == "217-QĐ/TW");
        Assert.False(reference.Resolved);
        Assert.Equal("Kho chưa có toàn văn của văn bản này.", reference.Note);
    }
}
