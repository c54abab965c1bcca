using HauGiang.LegalKb.Core.Metadata;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>The issuing body from a header's issuer lines, and how it is written.</summary>
public sealed class IssuerNameTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh Thử Nghiệm", "ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM")] // one body on two lines
    [InlineData("Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND TỈNH THỬ NGHIỆM")]
    [InlineData("Bộ Lao động - Thương binh và Xã hội", "BỘ LAO ĐỘNG - THƯƠNG", "BINH VÀ XÃ HỘI")]
    [InlineData("Cục Kiểm định", "BỘ THỬ NGHIỆM", "CỤC KIỂM ĐỊNH")] // a ministry's department, named alone
    [InlineData("Sở Nội vụ tỉnh Thử Nghiệm", "UBND TỈNH THỬ NGHIỆM", "SỞ NỘI VỤ")] // a Sở takes its province
    [InlineData("Văn phòng Trung ương Đảng", "BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG")]
    [InlineData("Ban Tổ chức Trung ương", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy Thử Nghiệm", "TỈNH ỦY THỬ NGHIỆM", "BAN TUYÊN GIÁO")]
    [InlineData("Huyện ủy Thử Nghiệm", "ĐẢNG BỘ TỈNH MẪU", "HUYỆN ỦY THỬ NGHIỆM")] // named in full already
    [InlineData("Tổ Giúp việc về cải cách thử nghiệm", "BAN CHỈ ĐẠO", "VỀ THỬ NGHIỆM SỐ HÓA", "TỔ GIÚP VIỆC VỀ", "CẢI CÁCH THỬ NGHIỆM")]
    [InlineData("Ban Chỉ đạo về phát triển KHCN, ĐMST, CĐS và đề án 06", "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06")]
    [InlineData("Chính phủ", "VĂN BẢN QUY PHẠM PHÁP LUẬT", "CHÍNH PHỦ", "CHÍNH PHỦ")] // the Công báo's copy and heading
    [InlineData("Ủy ban Thường vụ Quốc hội", "ỦY BAN THƯỜNG VỤ QUỐC HỘI")]
    [InlineData("Ngân hàng Nhà nước Việt Nam", "NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM")]
    public void TheIssuerIsTheLastBodyOfTheBlock(string expected, params string[] lines)
    {
        Assert.Equal(expected, IssuerName.FromHeaderLines(lines));
    }

    [Fact]
    public void JointIssuersStayOneBody()
    {
        string[] lines = ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -", "TÒA ÁN NHÂN DÂN TỐI CAO -", "BỘ CÔNG AN - BỘ QUỐC PHÒNG"];

        Assert.Equal("Viện Kiểm sát nhân dân tối cao - Tòa án nhân dân tối cao - Bộ Công an - Bộ Quốc phòng", IssuerName.FromHeaderLines(lines));
    }

    [Theory]
    [InlineData("Bộ Chính trị", "Ban Chấp hành Trung ương", "TM. Bộ Chính trị")]
    [InlineData("Chính phủ", null, "TM. Chính phủ", "KT. Thủ tướng")]
    [InlineData(null, null, "TM. Ủy ban nhân dân")] // which province, the capacity does not say
    [InlineData("Ủy ban nhân dân tỉnh Thử Nghiệm", "Ủy ban nhân dân tỉnh Thử Nghiệm", "TM. Chính phủ")]
    public void TheSignaturesTmLineNamesWhatTheHeaderLeavesOut(string? expected, string? header, params string[] capacity)
    {
        Assert.Equal(expected, IssuerName.FromCapacity(header, capacity));
    }
}
