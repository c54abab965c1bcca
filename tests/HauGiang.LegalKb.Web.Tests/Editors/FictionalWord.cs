using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>Fictional Word documents made in the test (numbers 99xx, "tỉnh Thử Nghiệm", our own words).</summary>
internal static class FictionalWord
{
    /// <summary>Kế hoạch 9921/KH-UBND: the document A of the journey.</summary>
    public static byte[] PlanA(string office = "Văn phòng hư cấu") => Docx(
        "ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 9921/KH-UBND", "Thử Nghiệm, ngày 05 tháng 10 năm 2031",
        "KẾ HOẠCH", "TRỒNG CÂY XANH THỬ NGHIỆM TRÊN ĐỊA BÀN TỈNH",
        "Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch trồng cây xanh thử nghiệm như sau:",
        "I. MỤC ĐÍCH", "1. Trồng mới cây xanh hư cấu dọc các tuyến đường thử nghiệm.",
        "II. TỔ CHỨC THỰC HIỆN", $"1. {office} theo dõi, báo cáo.");

    /// <summary>Kế hoạch 9922/KH-UBND, which cites A, as plain text: the plan already in the knowledge base in the journey.</summary>
    public static string PlanBText() => string.Join('\n', s_planB);

    private static readonly string[] s_planB =
    [
        "ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 9922/KH-UBND", "Thử Nghiệm, ngày 20 tháng 10 năm 2031",
        "KẾ HOẠCH", "CHĂM SÓC VƯỜN ƯƠM THỬ NGHIỆM",
        "Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch chăm sóc vườn ươm thử nghiệm như sau:",
        "I. NHIỆM VỤ", "1. Chuẩn bị cây giống để thực hiện Kế hoạch số 9921/KH-UBND ngày 05/10/2031 của Ủy ban nhân dân tỉnh Thử Nghiệm.",
    ];

    private static byte[] Docx(params string[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return buffer.ToArray();
    }
}
