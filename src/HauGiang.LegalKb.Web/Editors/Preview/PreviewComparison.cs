using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Preview;

/// <summary>
/// Compares the knowledge base a draft would make with the live one: the draft's facts (found or not), references,
/// the reference-only records it fills, the links elsewhere that will now land on it, and what to look at first.
/// </summary>
public static class PreviewComparison
{
    /// <summary>The preview of <paramref name="parsed"/> (published as <paramref name="target"/>) in <paramref name="build"/>.</summary>
    public static DraftPreview Compare(Draft draft, string target, ParsedDocument parsed, KnowledgeBaseBuild build, KnowledgeBase live, LegalDocument? replaced)
    {
        var document = build.DocumentFor(parsed);
        var next = build.KnowledgeBase;
        var sameNumber = parsed.Metadata.Number is { } number
            ? live.Documents.Where(d => d.HasFullText && d.Metadata.Number == number && d.Id != replaced?.Id).ToList()
            : [];
        return new DraftPreview(draft)
        {
            Reader = document.Source is { } source
                ? Display.SourceOf(source) + (parsed.Encoding is "binary" or "" ? string.Empty : $", bảng mã {parsed.Encoding}")
                : parsed.Format,
            PlannedPath = target,
            Document = document,
            KnowledgeBase = next,
            Facts = Facts(document),
            References = [.. next.CitationsFrom(document.Id).Where(c => !c.IsSelfReference)],
            BecomesFullText = [.. live.Documents.Where(d => !d.HasFullText && next.FindDocument(d.Id) is { HasFullText: true } now && now.Id == document.Id)],
            NowResolve = NowResolve(document.Id, next, live),
            SameNumber = sameNumber,
            Replaces = replaced,
            Warnings = Warnings(parsed, document, sameNumber, replaced),
        };
    }

    private static List<FactRow> Facts(LegalDocument document)
    {
        var m = document.Metadata;
        bool Edited(DocumentFacts fact) => document.FromEditor.HasFlag(fact);
        return
        [
            new("number", "Số hiệu", m.Number?.Value, Edited(DocumentFacts.Number)),
            new("type", "Loại văn bản", m.Type?.Name, Edited(DocumentFacts.Type)),
            new("issuer", "Cơ quan ban hành", m.Issuer, Edited(DocumentFacts.Issuer)),
            new("issuedOn", "Ngày ban hành", m.IssuedOn is { } d ? VietnameseDate.Format(d) : null, Edited(DocumentFacts.IssuedOn)),
            new("signer", "Người ký", m.Signer, Edited(DocumentFacts.Signer)),
            new("title", "Trích yếu", m.Title, Edited(DocumentFacts.Title)),
        ];
    }

    // Links from other documents that land on this text in the new knowledge base but did not land on text before.
    private static List<Citation> NowResolve(DocumentId id, KnowledgeBase next, KnowledgeBase live)
    {
        var before = live.Citations.Where(c => c.Resolved).Select(c => (c.FromDocumentId, c.Span.Start)).ToHashSet();
        return [.. next.CitedBy(id).Where(c => c.FromDocumentId != id && c.Resolved && !before.Contains((c.FromDocumentId, c.Span.Start)))];
    }

    private static List<string> Warnings(ParsedDocument parsed, LegalDocument document, IReadOnlyList<LegalDocument> sameNumber, LegalDocument? replaced)
    {
        var warnings = new List<string>(parsed.Warnings);
        var m = document.Metadata;
        if (document.Source?.IsOcr == true && !warnings.Any(w => w.Contains("OCR", StringComparison.Ordinal)))
        {
            warnings.Add("Văn bản được nhận dạng từ ảnh quét (OCR): hãy soát lại thông tin và nội dung.");
        }

        if (m.IssuedOn is null)
        {
            warnings.Add("Chưa tìm thấy ngày ban hành: hãy bổ sung ở phần Sửa thông tin.");
        }

        if (m.Number is null)
        {
            warnings.Add("Chưa tìm thấy số hiệu: văn bản sẽ có mã theo trích yếu hoặc tên tệp.");
        }

        var baseId = DocumentIds.BaseId(m, parsed.SourcePath);
        if (replaced is null && document.Id.Value != baseId)
        {
            warnings.Add($"Mã {baseId} đã thuộc một văn bản khác trong kho; văn bản này sẽ có mã {document.Id}.");
        }

        foreach (var other in sameNumber)
        {
            warnings.Add($"Kho đã có văn bản cùng số hiệu {m.Number?.Value}: {Display.Name(other)} (mã {other.Id}). Nếu đây là bản mới của văn bản đó, hãy chọn \"Thay thế\".");
        }

        return warnings;
    }
}
