namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// The kinds of structural unit, with the Vietnamese term and the Akoma Ntoso element used in ids.
/// Plans and Party documents use Phần (I., II.), mục (1.), tiểu mục (1.1.) and điểm (a));
/// legal normative documents use Phần, Chương, Mục, Tiểu mục, Điều, khoản (1.) and điểm (a)).
/// </summary>
public enum SectionKind
{
    /// <summary>Phần mở đầu: the text before the first numbered unit. eId <c>preamble</c>.</summary>
    Preamble,

    /// <summary>Phần: "Phần thứ nhất", or a Roman numeral "III." in a plan. eId <c>part_III</c>.</summary>
    Part,

    /// <summary>Chương. eId <c>chp_II</c>.</summary>
    Chapter,

    /// <summary>Mục: "Mục 1" in a legal document, or an item "2." in a plan. eId <c>sec_2</c>.</summary>
    Section,

    /// <summary>Tiểu mục: "Tiểu mục 1", or a decimal item "2.8." in a plan. eId <c>subsec_2-8</c>.</summary>
    Subsection,

    /// <summary>Điều. eId <c>art_5</c> (articles are numbered through the document, so their eId starts afresh).</summary>
    Article,

    /// <summary>Khoản: "2." inside an Điều. eId <c>para_2</c>.</summary>
    Clause,

    /// <summary>Điểm: "a)", "đ)". eId <c>point_a</c>, with đ written <c>dd</c>.</summary>
    Point,

    /// <summary>Phần kết: "Trên đây là …", Nơi nhận and the signature. eId <c>conclusions</c>.</summary>
    Closing,

    /// <summary>A text issued with the document (Quy chế, Quy định, Phụ lục). eId <c>att_1</c>.</summary>
    Attachment,

    /// <summary>A heading that matches no Vietnamese unit (Markdown and HTML sources). eId <c>hcontainer_1</c>.</summary>
    Heading,
}
