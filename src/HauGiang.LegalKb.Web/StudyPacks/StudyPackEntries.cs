using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// The excerpts a pack's link names, each quoted whole (or its opening alone) with its citation, within the bound on
/// what a pack quotes. Links outlive documents: an id whose document moved to another id is followed there; an item the
/// knowledge base no longer has is reported in its place and the others are shown. Only a link naming nothing that
/// exists is "not found".
/// </summary>
internal static class StudyPackEntries
{
    /// <summary>What was read: the excerpts and the missing items, or the status and why there is no pack.</summary>
    public sealed record Result(List<StudyPackEntry> Entries, List<StudyPackMissing> Missing, int Status, string? Error);

    public static Result Read(List<string> ids, string?[] notes, KnowledgeBase knowledgeBase, string baseUrl)
    {
        var entries = new List<StudyPackEntry>(ids.Count);
        var missing = new List<StudyPackMissing>();
        var mentioned = new HashSet<DocumentId>();
        var quoted = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var (sectionText, introOnly) = PackIds.Read(id);
            if (id.Length > 300 || !StudyPack.SafeSectionId().IsMatch(sectionText) || !SectionId.TryParse(sectionText, out var sectionId))
            {
                return Refused(StatusCodes.Status400BadRequest, $"Mã mục không hợp lệ: “{StudyPack.Shorten(id)}”. Mã mục có dạng mã-văn-bản/mã-mục, ví dụ 100-kh-ubnd-2024/part_III__sec_5.");
            }

            var found = Lookups.Section(knowledgeBase, sectionId.Document.Value, sectionId.EId);
            if (found is { Kind: FoundKind.Moved, Retired.Successor: { } successor } && SectionId.TryCreate(successor.Value, sectionId.EId, out var moved))
            {
                found = Lookups.Section(knowledgeBase, moved.Document.Value, moved.EId);
            }

            if (found is not { Kind: FoundKind.Section, Section: { } section, Document: { } document })
            {
                missing.Add(new StudyPackMissing(i + 1, id, found.Message ?? "không có trong kho.", notes[i]));
                continue;
            }

            var link = Links.Absolute(baseUrl, Links.Section(section));
            var form = mentioned.Add(document.Id) ? CitationForm.Full : CitationForm.Short;

            // What is quoted is known before it is copied: a pack over its bound is refused without building it.
            var length = introOnly ? UnitText.IntroOf(section).Length : UnitText.Whole(document, section).Length;
            quoted += length;
            if (quoted > AnswerLimits.StudyPackCharacters)
            {
                return Refused(StatusCodes.Status400BadRequest, TooLong(i, id, length, quoted));
            }

            var text = introOnly ? UnitText.IntroOf(section) : UnitText.Of(document, section);
            entries.Add(new StudyPackEntry(i + 1, PackIds.Of(section.Id, introOnly), document, section, Quotation.Of(document, section, link, text), form, notes[i], introOnly));
        }

        return entries.Count == 0
            ? Refused(StatusCodes.Status404NotFound, "Không tìm thấy mục nào của tập tài liệu trong kho: " + string.Join(" ", missing.Select(m => m.Message)))
            : new Result(entries, missing, StatusCodes.Status200OK, null);
    }

    private static Result Refused(int status, string message) => new([], [], status, message);

    // The pack's answer would be too big: what is quoted counts, each time a section is listed.
    private static string TooLong(int index, string id, int length, int quoted)
    {
        var limit = AnswerLimits.Number(AnswerLimits.StudyPackCharacters);
        return index == 0 || length > AnswerLimits.StudyPackCharacters
            ? $"Mục {StudyPack.Shorten(id)} dài {AnswerLimits.Number(length)} ký tự, vượt quá giới hạn {limit} ký tự của một tập tài liệu. Hãy đọc và trích dẫn mục này theo từng trang trên trang của mục."
            : $"Các mục của tập tài liệu dài quá: đến mục thứ {index + 1} đã có {AnswerLimits.Number(quoted)} ký tự, vượt quá giới hạn {limit} ký tự của một tập " +
              "(một mục được liệt kê nhiều lần thì được tính mỗi lần). Hãy bớt mục hoặc chia thành nhiều tập.";
    }
}
