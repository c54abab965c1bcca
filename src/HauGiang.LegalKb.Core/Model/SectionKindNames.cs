namespace HauGiang.LegalKb.Core.Model;

/// <summary>The Vietnamese name of each <see cref="SectionKind"/>, as users read it.</summary>
public static class SectionKindNames
{
    /// <summary>"Phần", "Chương", "Mục", "Tiểu mục", "Điều", "Khoản", "Điểm" ….</summary>
    public static string Vietnamese(SectionKind kind) => kind switch
    {
        SectionKind.Preamble => "Phần mở đầu",
        SectionKind.Part => "Phần",
        SectionKind.Chapter => "Chương",
        SectionKind.Section => "Mục",
        SectionKind.Subsection => "Tiểu mục",
        SectionKind.Article => "Điều",
        SectionKind.Clause => "Khoản",
        SectionKind.Point => "Điểm",
        SectionKind.Closing => "Phần kết",
        SectionKind.Attachment => "Văn bản kèm theo",
        _ => "Đề mục",
    };
}
