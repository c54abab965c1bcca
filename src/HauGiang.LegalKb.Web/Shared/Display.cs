using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>How pages name things: documents, dates (dd/MM/yyyy), relationships, units; unknown facts read "Không rõ".</summary>
public static class Display
{
    /// <summary>What an unknown fact reads.</summary>
    public const string Unknown = "Không rõ";

    /// <summary>"02/05/2024", or "Không rõ".</summary>
    public static string Date(DateOnly? date) => date is { } d ? VietnameseDate.Format(d) : Unknown;

    /// <summary>The value, or "Không rõ".</summary>
    public static string OrUnknown(string? value) => string.IsNullOrWhiteSpace(value) ? Unknown : value;

    /// <summary>"Kế hoạch 100/KH-UBND"; a document without a number is named by its title, then its id.</summary>
    public static string Name(LegalDocument document) => DocumentNames.Of(document);

    /// <summary>The document's name, or its id when it is not in the knowledge base.</summary>
    public static string Name(KnowledgeBase knowledgeBase, DocumentId documentId) =>
        knowledgeBase.FindDocument(documentId) is { } document ? Name(document) : documentId.Value;

    /// <summary>"Tệp Word (.docx)", "PDF, 9 trang", "Bản quét PDF, 4 trang, nhận dạng chữ (độ tin cậy 95%)".</summary>
    public static string SourceOf(DocumentSource source)
    {
        var kind = source.Format switch
        {
            "text" => "Văn bản thuần (.txt)",
            "html" => "Trang web (.html)",
            "markdown" => "Markdown (.md)",
            "docx" => "Tệp Word (.docx)",
            "doc" => "Tệp Word 97 (.doc)",
            "pdf" => "PDF",
            "pdf-ocr" => "Bản quét PDF",
            var other => other,
        };
        var pages = source.Pages > 0 ? $", {source.Pages} trang" : string.Empty;
        var ocr = source.OcrConfidence is { } confidence
            ? string.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), $", nhận dạng chữ (độ tin cậy {confidence:0}%)")
            : string.Empty;
        return kind + pages + ocr;
    }

    /// <summary>
    /// The subject line: the title, else the catalogue's subject; a title the source prints in capitals is given in
    /// sentence case ("Triển khai thực hiện Chương trình số 226-CTr/TU … về “Tiếp tục phát huy …”"), the original
    /// staying in the facts (<see cref="OriginalTitle"/>).
    /// </summary>
    public static string? Subject(LegalDocument document)
    {
        var subject = document.Metadata.Title ?? document.Metadata.Subject;
        if (string.IsNullOrWhiteSpace(subject) || !VietnameseText.IsUpperCaseLine(subject))
        {
            return subject;
        }

        var text = SubjectText.Of(subject);
        return text.Length == 0 ? subject : char.ToUpper(text[0], System.Globalization.CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>The title exactly as the document prints it, when it prints one.</summary>
    public static string? OriginalTitle(LegalDocument document) => document.Metadata.Title;

    /// <summary>"III.2.2.8"-style place of a unit, or "Phần mở đầu", "Phần kết".</summary>
    public static string Place(Section section) => section.Labels.Count > 0 && section.Label.Length > 0
        ? string.Join('.', section.Labels)
        : SectionKindNames.Vietnamese(section.Kind);

    /// <summary>
    /// The heading as written; an untitled unit's number followed by the first words of its text ("1.3. Tăng cường
    /// nắm bắt tâm tư, nguyện vọng…"); else the kind of unit and its label.
    /// </summary>
    public static string Heading(Section section) => SectionHeadings.Of(section);

    /// <summary>Where a citation stands, for people: "Kế hoạch 100/KH-UBND › III.5", "… › tiêu đề".</summary>
    public static string Source(KnowledgeBase knowledgeBase, Citation citation) =>
        $"{Name(knowledgeBase, citation.FromDocumentId)} › {CitationPlaces.Of(knowledgeBase, citation)}";

    /// <summary>
    /// What hovering over a citation shows: the target's type, number, date (dd/MM/yyyy) and subject, from the
    /// knowledge base where it knows the target, else from the citing passage.
    /// </summary>
    public static string CitationTitle(KnowledgeBase knowledgeBase, Citation citation)
    {
        var target = citation.TargetDocumentId is { } id ? knowledgeBase.FindDocument(id) : null;
        var m = target?.Metadata;
        var type = m?.Type?.Name ?? citation.Type?.Name;
        var number = m?.Number?.Value ?? citation.Number?.Value ?? citation.Name;
        var date = m?.IssuedOn ?? citation.IssuedOn;
        var subject = m?.Subject ?? m?.Title ?? citation.Subject;
        var parts = new List<string> { string.Join(' ', new[] { type, number }.Where(p => !string.IsNullOrEmpty(p))) };
        if (date is { } d)
        {
            parts.Add("ngày " + VietnameseDate.Format(d));
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            parts.Add(subject);
        }

        if (target is null)
        {
            parts.Add(citation.Note ?? "không xác định được văn bản");
        }
        else if (!target.HasFullText)
        {
            parts.Add("chưa có toàn văn");
        }

        return string.Join(" — ", parts.Where(p => p.Length > 0));
    }

    /// <summary>The relationship as a reader says it, seen from the document that states it.</summary>
    public static string Relation(RelationKind kind) => kind switch
    {
        RelationKind.Implements => "Triển khai thực hiện",
        RelationKind.BasedOn => "Căn cứ",
        RelationKind.Issues => "Ban hành kèm theo",
        _ => "Dẫn chiếu",
    };

    /// <summary>The relationship seen from the other side.</summary>
    public static string RelationFromTarget(RelationKind kind) => kind switch
    {
        RelationKind.Implements => "Được triển khai thực hiện bởi",
        RelationKind.BasedOn => "Là căn cứ của",
        RelationKind.Issues => "Được ban hành kèm theo",
        _ => "Được dẫn chiếu bởi",
    };
}
