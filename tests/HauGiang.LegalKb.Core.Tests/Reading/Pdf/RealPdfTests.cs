using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>Real PDFs with a text layer from ../shared/real-docs, read in place.</summary>
public sealed class RealPdfTests
{
    private static List<string> Read(string name, out SourceText text) => Read(name, out text, out _);

    private static List<string> Read(string name, out SourceText text, out IReadOnlyList<string> warnings)
    {
        var path = PdfTestMachine.RealDoc(name);
        var result = new PdfReader().Read(new SourceFile("sources/" + name, File.ReadAllBytes(path)));
        Assert.True(result.Success, result.Error);
        text = result.Text;
        warnings = result.Warnings;
        return [.. result.Text.Paragraphs.Select(p => p.Text)];
    }

    [RealDocsFact]
    public void GazetteDecreeLosesItsRunningHeadsAndKeepsItsArticlesWhole()
    {
        var paragraphs = Read("nd38-2022-ndcp-congbao.pdf", out var text);

        Assert.Equal(("pdf", 9), (text.Format, text.Pages));
        Assert.DoesNotContain(paragraphs, p => p.Contains("CÔNG BÁO", StringComparison.Ordinal) || p.Contains("QUY PHẠM PHÁP LUẬT", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.All(char.IsDigit));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Người ký", StringComparison.Ordinal) || p.Contains("Thời gian ký", StringComparison.Ordinal));
        Assert.Equal(
            ["CHÍNH PHỦ", "Số: 38/2022/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 12 tháng 6 năm 2022", "NGHỊ ĐỊNH"],
            paragraphs.Take(6));
        var article1 = paragraphs.IndexOf("Điều 1. Phạm vi điều chỉnh");
        Assert.Equal("Nghị định này quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ áp dụng đối với người lao động làm việc theo hợp đồng lao động.", paragraphs[article1 + 1]);
        Assert.All(Enumerable.Range(1, 5), n => Assert.Single(paragraphs, p => p.StartsWith($"Điều {n}. ", StringComparison.Ordinal)));
        Assert.Contains("2. Nghị định số 90/2019/NĐ-CP ngày 15 tháng 11 năm 2019 của Chính phủ quy định mức lương tối thiểu vùng đối với người lao động làm việc theo hợp đồng lao động hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.", paragraphs);
    }

    [RealDocsFact]
    public void SignedDecisionReadsItsHeaderColumnsOneAfterTheOtherAndItsSignatureLast()
    {
        var paragraphs = Read("qd2536-2025-ubnd-lamdong.pdf", out _);

        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], paragraphs.Take(2));
        Assert.StartsWith("Số:", paragraphs[2], StringComparison.Ordinal);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], paragraphs.Skip(3).Take(2));
        Assert.StartsWith("Lâm Đồng, ngày", paragraphs[5], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("DÂN CỘNG", StringComparison.Ordinal) || p.Contains("ĐỒNG Độc", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 7), n => Assert.Single(paragraphs, p => p.StartsWith($"Điều {n}. ", StringComparison.Ordinal)));
        var order = new[] { "Nơi nhận:", "- Lưu: VT, NC.Châu", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh" }.Select(p => paragraphs.IndexOf(p)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Equal("Nguyễn Minh", paragraphs[^1]);
    }

    [RealDocsFact]
    public void NumberAndDayStampedIntoSignatureFieldsAreReadOrTheirAbsenceIsExplained()
    {
        var paragraphs = Read("qd2536-2025-ubnd-lamdong.pdf", out _, out var warnings);

        if (new PopplerTextTool().Missing is null)
        {
            Assert.Equal("Số: 2536 /QĐ-UBND", paragraphs[2]);
            Assert.Equal("Lâm Đồng, ngày 12 tháng 12 năm 2025", paragraphs[5]);
        }
        else
        {
            Assert.Contains(ReadErrors.PdfFieldTextUnavailable, warnings);
        }
    }
}
