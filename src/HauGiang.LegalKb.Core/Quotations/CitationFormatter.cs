using System.Globalization;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>
/// Vietnamese citations of a document or of one of its units, as administrative writing has them
/// (Nghị định 30/2020/NĐ-CP): «Tiểu mục 2.8 mục 2 phần III Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân
/// tỉnh Hậu Giang».
/// </summary>
/// <remarks>
/// Pure and thread-safe; never throws on any document. The chain runs from the unit outwards; unit names are in lower
/// case except the first word, and except Điều (and, in legal normative documents, Phần, Chương and Mục), which Vietnamese
/// legal writing capitalises ("điểm a khoản 2 Điều 5"). Below an Điều the chain stops at the Điều: articles are numbered
/// through the document. Unknown facts are left out, never invented.
/// </remarks>
public static class CitationFormatter
{
    /// <summary>The citation of <paramref name="section"/> (or of the document itself when null) in <paramref name="form"/>.</summary>
    public static string Cite(LegalDocument document, Section? section, CitationForm form)
    {
        var chain = section is null ? string.Empty : UnitChain(document, section);
        var name = form switch
        {
            CitationForm.Full => DocumentFull(document),
            CitationForm.Standard => DocumentStandard(document),
            _ => DocumentShort(document),
        };
        return chain.Length == 0 ? name : $"{chain} {name}";
    }

    /// <summary>"Kế hoạch số 100/KH-UBND"; a document without a number is named by its type and title.</summary>
    public static string DocumentShort(LegalDocument document)
    {
        var m = document.Metadata;
        var type = m.Type?.Name ?? "Văn bản";
        if (m.Number is { } number)
        {
            return $"{type} số {number.Value}";
        }

        var title = m.Title ?? m.Subject;
        return title is null ? $"{type} {document.Id}" : $"{type} {SubjectText.Of(title)}";
    }

    /// <summary>"Kế hoạch số 100/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh Hậu Giang".</summary>
    public static string DocumentStandard(LegalDocument document)
    {
        var m = document.Metadata;
        var text = DocumentShort(document);
        if (m.IssuedOn is { } issued)
        {
            text += " ngày " + FormatDate(issued);
        }

        if (!string.IsNullOrWhiteSpace(m.Issuer))
        {
            text += " của " + m.Issuer;
        }

        return text;
    }

    /// <summary>
    /// The standard form followed by the subject: "… của Ủy ban nhân dân tỉnh Hậu Giang triển khai thực hiện …", "… của Ban
    /// Chấp hành Trung ương Đảng khóa XIII về “Tiếp tục phát huy …”" (see <see cref="SubjectText.WithConnector"/>).
    /// </summary>
    public static string DocumentFull(LegalDocument document)
    {
        var standard = DocumentStandard(document);
        var m = document.Metadata;
        if (m.Number is null)
        {
            // The title already names the document.
            return standard;
        }

        var subject = m.Subject ?? m.Title;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return standard;
        }

        // A subject that is the document's name ("Luật Thực hiện dân chủ ở cơ sở") takes the type's place: "Luật Thực hiện
        // dân chủ ở cơ sở số 10/2022/QH15 ngày …".
        var text = SubjectText.Of(subject);
        var type = m.Type?.Name ?? "Văn bản";
        return text.StartsWith(type + " ", StringComparison.OrdinalIgnoreCase) && standard.StartsWith(type + " số ", StringComparison.Ordinal)
            ? text + standard[type.Length..]
            : standard + " " + SubjectText.WithConnector(text);
    }

    /// <summary>
    /// The day as Vietnamese documents write it: "02/5/2024", "12/01/2024", "14/8/2023": a leading zero for days
    /// below 10 and for January and February, none for other months (Nghị định 30/2020/NĐ-CP).
    /// </summary>
    public static string FormatDate(DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"{day}/{month}/{date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Tiểu mục 2.8 mục 2 phần III", "Điểm a khoản 2 Điều 5", "Phần mở đầu": the unit and its enclosing units.</summary>
    public static string UnitChain(LegalDocument document, Section section)
    {
        List<Section> path = [.. DocumentOutline.Of(document).Path(section.Id)];
        path = path.Count > 0 ? path : [section];
        var legal = document.Metadata.Type?.IsLegalNormative == true;

        // Below an Điều the chain stops at it (and at the text attached to the document, if the Điều is in one).
        var article = path.FindLastIndex(s => s.Kind == SectionKind.Article);
        if (article > 0)
        {
            var attachment = path.FindLastIndex(article, s => s.Kind == SectionKind.Attachment);
            path = attachment >= 0 ? [path[attachment], .. path[article..]] : path[article..];
        }

        var words = new List<string>();
        for (var i = path.Count - 1; i >= 0; i--)
        {
            words.Add(UnitName(path[i], legal));
        }

        var chain = string.Join(' ', words.Where(w => w.Length > 0));
        return chain.Length == 0 ? chain : char.ToUpper(chain[0], CultureInfo.InvariantCulture) + chain[1..];
    }

    private static string UnitName(Section section, bool legal)
    {
        var label = section.Label;
        return section.Kind switch
        {
            SectionKind.Preamble => "phần mở đầu",
            SectionKind.Closing => "phần kết",
            SectionKind.Part => $"{(legal ? "Phần" : "phần")} {label}",
            SectionKind.Chapter => $"Chương {label}",
            SectionKind.Section => $"{(legal ? "Mục" : "mục")} {label}",
            SectionKind.Subsection => $"{(legal ? "Tiểu mục" : "tiểu mục")} {label}",
            SectionKind.Article => $"Điều {label}",
            SectionKind.Clause => $"khoản {label}",
            SectionKind.Point => $"điểm {label}",
            SectionKind.Attachment => AttachmentName(section) + " ban hành kèm theo",
            _ => $"mục “{section.Title ?? section.Heading ?? label}”",
        };
    }

    // "QUY CHẾ GIÁM SÁT …" → "Quy chế": the kind of text attached, as the heading names it.
    private static string AttachmentName(Section section)
    {
        var heading = (section.Heading ?? section.Title ?? string.Empty).Trim();
        foreach (var name in new[] { "Quy chế", "Quy định", "Phụ lục", "Điều lệ", "Hướng dẫn", "Chương trình", "Kế hoạch", "Đề án" })
        {
            if (heading.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return "Văn bản";
    }
}
