using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

/// <summary>The Word files of the real-docs development set, read in place (they are never copied into the repository).</summary>
public sealed class RealWordDocumentTests
{
    [RealDocsTheory]
    [InlineData("ct07-2012-ttg.docx")]
    [InlineData("hd36-vptw-2018.docx")]
    [InlineData("kh-ct11-laocai-2026.docx")]
    [InlineData("luat84-2025-qh15.docx")]
    [InlineData("tt13-2026-bqp.docx")]
    public void EveryRealDocxIsReadWithItsMottoAndBody(string file) => AssertReadsAsDocument(file);

    [RealDocsTheory(needsLibreOffice: true)]
    [InlineData("qd-tgv-cchc-2025-lamdong.doc")]
    [InlineData("tt38-2025-bct.doc")]
    public void EveryRealDocIsReadWithItsMottoAndBody(string file) => AssertReadsAsDocument(file);

    [RealDocsFact]
    public void LawOnInspectionGivesItsSixtyFourArticlesInOrderAndPointsUpToU()
    {
        var texts = Read("luat84-2025-qh15.docx");

        var articles = texts.Where(t => t.StartsWith("Điều ", StringComparison.Ordinal)).Select(t => t.Split(' ')[1]).ToList();
        Assert.Equal(Enumerable.Range(1, 64).Select(n => $"{n}."), articles);
        Assert.Contains("Điều 1. Phạm vi điều chỉnh", texts);
        Assert.Contains(texts, t => t.StartsWith("u) Bãi bỏ khoản 1 và khoản 2 Điều 7", StringComparison.Ordinal));
        Assert.Equal(["QUỐC HỘI", "--------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], texts.Take(4));
    }

    [RealDocsFact(needsLibreOffice: true)]
    public void LamDongDecisionGivesTheQuyChếArticlesFromListNumbering()
    {
        var texts = Read("qd-tgv-cchc-2025-lamdong.doc");

        var quyChe = texts.SkipWhile(t => t != "QUY CHẾ HOẠT ĐỘNG").ToList();
        Assert.Equal(
            [
                "Điều 1. Nhiệm vụ", "Điều 2. Quyền hạn", "Điều 3. Chế độ làm việc", "Điều 4. Trách nhiệm của Tổ trưởng",
                "Điều 5. Trách nhiệm của các Tổ phó", "Điều 6. Trách nhiệm của các thành viên", "Điều 7. Điều khoản thi hành",
            ],
            quyChe.Where(t => t.StartsWith("Điều ", StringComparison.Ordinal)));
        Assert.Single(texts, "DỰ THẢO");
    }

    [RealDocsFact]
    public void DefenceCircularKeepsTheRowsOfItsAppendixTable()
    {
        var texts = Read("tt13-2026-bqp.docx");

        Assert.Equal(
            [
                "TT Tên hóa chất nguy hiểm Mã số CAS Sản phẩm, hàng hóa", "1 K2Cr2O7 7778-74-7 Pháo hoa", "2 Antimo sulfua 1345-04-6 Pháo hoa",
                "3 Phenol-Formaldehyde Resin/ Phenolic Resin 9003-35-4 Pháo hoa", "4 Phenolsulfophthalein/ Redphenol/ PSP 143-74-8 Pháo hoa",
            ],
            texts.TakeLast(5));
    }

    private static void AssertReadsAsDocument(string file)
    {
        var texts = Read(file);

        Assert.Contains(texts, t => t.StartsWith("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal) || t == "ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.True(texts.Count > 40, $"{file}: only {texts.Count} paragraphs");
    }

    private static List<string> Read(string file)
    {
        var path = Path.Combine(WordTestResources.RealDocs, file);
        var source = new SourceFile(file, File.ReadAllBytes(path));
        ISourceReader reader = source.Extension == ".doc" ? new DocReader() : new DocxReader();
        return WordFixture.Texts(reader.Read(source));
    }
}
