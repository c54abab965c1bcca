using HauGiang.LegalKb.Core.Cleaning;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Tests.Cleaning;

/// <summary>What a Công báo page and an e-signature print around a document is taken out; the document's own lines stay.</summary>
public sealed class GazetteFurnitureTests
{
    [Fact]
    public void PageHeadersWithTheirPageNumbersAndStampsAreFurniture()
    {
        var clean = SourceCleaner.Clean(Lines(
            "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn", "Cơ quan: Văn phòng Chính phủ",
            "Thời gian ký: 23.06.2031 10:13:36 +07:00", "CÔNG BÁO/Số 99 + 100/Ngày 25-6-2031", "3", "VĂN BẢN QUY PHẠM PHÁP LUẬT",
            "CHÍNH PHỦ", "Điều 1. Nghị định này quy định mức lương", "CÔNG BÁO/Số 99 + 100/Ngày 25-6-2031", "4", "thử nghiệm.",
            "––––––", "12 CÔNG BÁO/Số 286/Ngày 27-05-2031"));

        Assert.Equal(["CHÍNH PHỦ", "Điều 1. Nghị định này quy định mức lương", "thử nghiệm."], clean.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ANumberOrAnAgencyLineAloneIsTheDocumentsOwn()
    {
        var clean = SourceCleaner.Clean(Lines("Điều 1. Danh sách:", "3", "Cơ quan: Sở Thử Nghiệm", "Người ký: Nguyễn Văn Thử"));

        Assert.Equal(4, clean.Paragraphs.Count);
    }

    private static List<SourceParagraph> Lines(params string[] lines) => lines.Select(l => new SourceParagraph(l)).ToList();
}
