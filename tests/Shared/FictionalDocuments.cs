namespace HauGiang.LegalKb.Tests.Shared;

/// <summary>Fictional documents (numbers 99xx, a fictional province, our own words) shared by the test projects.</summary>
internal static class FictionalDocuments
{
    /// <summary>A fictional plan, as a LawNet export would have it: Kế hoạch 9903/KH-UBND of "tỉnh Thử Nghiệm".</summary>
    public const string Plan9903 = """
        ỦY BAN NHÂN DÂN
        TỈNH THỬ NGHIỆM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 9903/KH-UBND
        Thử Nghiệm, ngày 09 tháng 9 năm 2031
        KẾ HOẠCH
        THỬ NGHIỆM THÊM VĂN BẢN VÀO KHO
        Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch thử nghiệm như sau:
        I. MỤC ĐÍCH
        1. Kiểm tra việc thêm văn bản vào corpus khi máy chủ đang chạy.
        II. TỔ CHỨC THỰC HIỆN
        1. Văn phòng hư cấu theo dõi.
        """;

    /// <summary>A fictional plan, 9905/KH-UBND, that cites <see cref="Plan9903"/> and pinpoints its unit I.1.</summary>
    public const string CitingPlan9905 = """
        ỦY BAN NHÂN DÂN
        TỈNH THỬ NGHIỆM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 9905/KH-UBND
        Thử Nghiệm, ngày 11 tháng 11 năm 2031
        KẾ HOẠCH
        TIẾP NỐI VIỆC THỬ NGHIỆM
        Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch tiếp nối như sau:
        I. NHIỆM VỤ
        1. Thực hiện mục 1 phần I Kế hoạch số 9903/KH-UBND ngày 09/9/2031 của Ủy ban nhân dân tỉnh Thử Nghiệm.
        """;

    /// <summary>A fictional plan of "tỉnh Mẫu Thử" with the bundled plan's number and year: 100/KH-UBND of 2024.</summary>
    public const string SecondPlan100 = """
        ỦY BAN NHÂN DÂN
        TỈNH MẪU THỬ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 100/KH-UBND
        Mẫu Thử, ngày 05 tháng 6 năm 2024
        KẾ HOẠCH
        THỬ NGHIỆM TRÙNG SỐ HIỆU
        Ủy ban nhân dân tỉnh Mẫu Thử ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH
        1. Kiểm tra mã cố định khi trùng số hiệu.
        """;
}
