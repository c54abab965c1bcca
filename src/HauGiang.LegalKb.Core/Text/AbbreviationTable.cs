namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// The abbreviations of Vietnamese administrative and Party documents, as data. Each entry notes where it comes from;
/// to add one, append a line. An abbreviation with several meanings has one line per meaning, most common first.
/// </summary>
internal static class AbbreviationTable
{
    private const string Plan = "used in 100/KH-UBND";
    private const string PlanDefines = "defined in 100/KH-UBND (“Ủy ban nhân dân (UBND)”)";
    private const string DocumentType = "document-type abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III)";
    private const string Common = "common administrative usage";

    /// <summary>Every entry, in the order listed.</summary>
    public static readonly AbbreviationEntry[] Entries =
    [
        // Organs of the state and the Front
        new("UBND", "Ủy ban nhân dân", PlanDefines),
        new("HĐND", "Hội đồng nhân dân", Plan + " (Nơi nhận: “HĐND tỉnh”)"),
        new("MTTQ", "Mặt trận Tổ quốc", Plan + " (“MTTQ Việt Nam”)"),
        new("MTTQVN", "Mặt trận Tổ quốc Việt Nam", Common),
        new("UBMTTQ", "Ủy ban Mặt trận Tổ quốc", Plan + " (04/CTrPH-UBND-UBMTTQ)"),
        new("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam", Plan + " (Nơi nhận: “UBMTTQVN tỉnh”)"),
        new("UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Common),
        new("ĐCTUBTWMTTQVN", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", Plan + " (88/NQLT/CP-ĐCTUBTWMTTQVN)"),
        new("CP", "Chính phủ", Plan + " (59/2023/NĐ-CP)"),
        new("TTg", "Thủ tướng Chính phủ", Common),
        new("QH", "Quốc hội", Common),
        new("TP", "thành phố", Common),
        new("TX", "thị xã", Common),
        new("VN", "Việt Nam", Common),
        new("XHCN", "xã hội chủ nghĩa", Common),
        new("CHXHCNVN", "Cộng hòa xã hội chủ nghĩa Việt Nam", Common),

        // Organs of the Party
        new("TW", "Trung ương", Plan + " (43-NQ/TW)"),
        new("TU", "Tỉnh ủy", Plan + " (226-CTr/TU)"),
        new("HU", "Huyện ủy", Common),
        new("ĐU", "Đảng ủy", Common),
        new("BCH", "Ban Chấp hành", Common),
        new("BTV", "Ban Thường vụ", Common),
        new("BBT", "Ban Bí thư", Common),
        new("BCT", "Bộ Chính trị", Common),
        new("BCT", "Bộ Công Thương", Common),
        new("BCĐ", "Ban Chỉ đạo", Common),
        new("TT", "Thường trực", Plan + " (Nơi nhận: “TT: TU”)"),

        // Mass organisations
        new("HLHPN", "Hội Liên hiệp Phụ nữ", Common),
        new("LHPN", "Liên hiệp Phụ nữ", Common + " (“Hội LHPN”)"),
        new("HND", "Hội Nông dân", Common),
        new("HCCB", "Hội Cựu chiến binh", Common),
        new("CCB", "cựu chiến binh", Common),
        new("ĐTN", "Đoàn Thanh niên", Common),
        new("TNCS", "Thanh niên Cộng sản", Common),
        new("LĐLĐ", "Liên đoàn Lao động", Common),
        new("NCT", "người cao tuổi", Common),
        new("HTX", "hợp tác xã", Common),

        // Departments and media
        new("PT&TH", "Phát thanh và Truyền hình", Plan + " (“Đài PT&TH tỉnh”)"),
        new("KH&ĐT", "Kế hoạch và Đầu tư", Common),
        new("KH&CN", "Khoa học và Công nghệ", Common),
        new("GD&ĐT", "Giáo dục và Đào tạo", Common),
        new("LĐ-TB&XH", "Lao động - Thương binh và Xã hội", Common),
        new("VHTTDL", "Văn hóa, Thể thao và Du lịch", Common),

        // Types of document (the middle of a number: 43-NQ/TW, 100/KH-UBND)
        new("NQ", "Nghị quyết", DocumentType),
        new("NQLT", "Nghị quyết liên tịch", Plan + " (88/NQLT/CP-ĐCTUBTWMTTQVN)"),
        new("QĐ", "Quyết định", DocumentType),
        new("QĐ", "Quy định", Plan + " (Quy định số 124-QĐ/TW)"),
        new("CT", "Chỉ thị", DocumentType),
        new("KL", "Kết luận", Plan + " (Kết luận số 21-KL/TW)"),
        new("KH", "Kế hoạch", DocumentType),
        new("CTr", "Chương trình", DocumentType),
        new("CTrPH", "Chương trình phối hợp", Plan + " (04/CTrPH-UBND-UBMTTQ)"),
        new("ĐA", "Đề án", DocumentType),
        new("DA", "Dự án", DocumentType),
        new("HD", "Hướng dẫn", DocumentType),
        new("TB", "Thông báo", DocumentType),
        new("BC", "Báo cáo", DocumentType),
        new("TTr", "Tờ trình", DocumentType),
        new("QC", "Quy chế", DocumentType),
        new("CV", "Công văn", Common),
        new("NĐ", "Nghị định", Plan + " (59/2023/NĐ-CP)"),
        new("NĐ-CP", "Nghị định của Chính phủ", Plan + " (59/2023/NĐ-CP)"),
        new("TT", "Thông tư", Common),

        // Signature and filing marks
        new("TM", "Thay mặt", Plan + " (“TM. ỦY BAN NHÂN DÂN”)"),
        new("KT", "Ký thay", Plan + " (“KT. CHỦ TỊCH”)"),
        new("TL", "Thừa lệnh", Common),
        new("TUQ", "Thừa ủy quyền", Common),
        new("VT", "Văn thư", Plan + " (Nơi nhận: “Lưu: VT”)"),

        // Subjects
        new("CBCCVC", "cán bộ, công chức, viên chức", Common),
        new("CBCC", "cán bộ, công chức", Common),
        new("CCVC", "công chức, viên chức", Common),
        new("CCHC", "cải cách hành chính", Common),
        new("TTHC", "thủ tục hành chính", Common),
        new("KT-XH", "kinh tế - xã hội", Common),
        new("CT-XH", "chính trị - xã hội", Common),
        new("QP-AN", "quốc phòng, an ninh", Common),
        new("ANQP", "an ninh, quốc phòng", Common),
        new("ANQP", "quốc phòng, an ninh", Common + "; the plan writes “quốc phòng, an ninh”"),
        new("ANTT", "an ninh trật tự", Common),
        new("CNH-HĐH", "công nghiệp hóa, hiện đại hóa", Common),
        new("ĐBSCL", "đồng bằng sông Cửu Long", Common),
        new("DTTS", "dân tộc thiểu số", Common),
        new("NTM", "nông thôn mới", Common),
        new("CTMTQG", "chương trình mục tiêu quốc gia", Common),
        new("XDĐ", "xây dựng Đảng", Common),
        new("HTCT", "hệ thống chính trị", Common),
        new("PCTN", "phòng, chống tham nhũng", Common),
        new("KTGS", "kiểm tra, giám sát", Common),
        new("THPT", "trung học phổ thông", Common),
        new("THCS", "trung học cơ sở", Common),
    ];
}
