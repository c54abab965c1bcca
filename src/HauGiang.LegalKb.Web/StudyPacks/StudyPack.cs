using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>One excerpt of a study pack: the section quoted, the citation it carries and the note written before it.</summary>
public sealed record StudyPackEntry(int Number, string Id, LegalDocument Document, Section Section, Quotation Quotation, CitationForm Form, string? NoteBefore)
{
    /// <summary>The citation printed under the excerpt: the full form at a document's first mention, the short form after.</summary>
    public string Citation => Quotation.Citation(Form);

    /// <summary>"2.8. Đối với Người cao tuổi".</summary>
    public string Heading => Display.Heading(Section);

    /// <summary>The anchor of the excerpt in the booklet.</summary>
    public string Anchor => $"trich-doan-{Number}";
}

/// <summary>
/// A study pack as a request carries it: a title, section ids in order, and Markdown notes between them
/// (<c>?t=…&amp;s=id1,id2&amp;n0=…&amp;n1=…&amp;n2=…</c>, where <c>n{i}</c> stands before the i-th excerpt, counting from 0, and
/// <c>n{count}</c> after the last). Nothing is stored: every answer is rendered from the request.
/// </summary>
public sealed partial record StudyPack(string Title, IReadOnlyList<StudyPackEntry> Entries, string? Closing, string QueryString, DateOnly MadeOn)
{
    /// <summary>The most excerpts one pack may hold.</summary>
    public const int MaxSections = 50;

    /// <summary>The longest note, in characters.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>All notes together, in characters.</summary>
    public const int MaxNotesLength = 12000;

    /// <summary>The longest title, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The most characters a pack quotes: <see cref="AnswerLimits.StudyPackCharacters"/>.</summary>
    public const int MaxQuotedCharacters = AnswerLimits.StudyPackCharacters;

    /// <summary>The title when the request gives none.</summary>
    public const string DefaultTitle = "Tập tài liệu";

    /// <summary>True when the request names sections (a pack to render) rather than asking for the editor.</summary>
    public static bool IsRequested(IQueryCollection query) => query.ContainsKey("s");

    /// <summary>The pack the query describes, or the status and Vietnamese message explaining why there is none.</summary>
    public static (StudyPack? Pack, int Status, string? Error) Parse(IQueryCollection query, KnowledgeBase knowledgeBase, string baseUrl)
    {
        var ids = query["s"].SelectMany(v => (v ?? string.Empty).Split(',')).Select(id => id.Trim()).Where(id => id.Length > 0).ToList();
        if (ids.Count == 0)
        {
            return Bad("Tập tài liệu chưa có mục nào: tham số s cần mã các mục, cách nhau bằng dấu phẩy (ví dụ s=100-kh-ubnd-2024/part_III__sec_5).");
        }

        if (ids.Count > MaxSections)
        {
            return Bad($"Tập tài liệu có {ids.Count} mục, vượt quá giới hạn {MaxSections} mục.");
        }

        // Titles and notes are the user's own text: cleaned here, once, for every form the pack is written in.
        var title = UserText.OneLine(UserText.Clean(query["t"].FirstOrDefault() ?? string.Empty)).Trim();
        if (title.Length > MaxTitleLength)
        {
            return Bad($"Tên tập tài liệu dài quá {MaxTitleLength} ký tự.");
        }

        if (ReadNotes(query, ids.Count, out var notes) is { } noteError)
        {
            return Bad(noteError);
        }

        var (entries, status, error) = ReadEntries(ids, notes, knowledgeBase, baseUrl);
        if (entries is null)
        {
            return (null, status, error);
        }

        var pack = new StudyPack(title.Length > 0 ? title : DefaultTitle, entries, notes[ids.Count], QueryOf(title, ids, notes), DateOnly.FromDateTime(DateTime.Now));
        return (pack, StatusCodes.Status200OK, null);
    }

    private static (StudyPack?, int, string?) Bad(string message) => (null, StatusCodes.Status400BadRequest, message);

    // Notes n0 … n{count}: each and all together within their limits; null, or why not.
    private static string? ReadNotes(IQueryCollection query, int count, out string?[] notes)
    {
        notes = new string?[count + 1];
        var total = 0;
        for (var i = 0; i <= count; i++)
        {
            var note = query[$"n{i}"].FirstOrDefault() is { } given ? UserText.Clean(given) : null;
            if (string.IsNullOrWhiteSpace(note))
            {
                continue;
            }

            if (note.Length > MaxNoteLength)
            {
                return $"Ghi chú thứ {i + 1} dài quá {MaxNoteLength} ký tự.";
            }

            total += note.Length;
            notes[i] = note.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return total > MaxNotesLength ? $"Các ghi chú cộng lại dài quá {MaxNotesLength} ký tự." : null;
    }

    // The excerpts, each quoted with its citation, within the bound on what a pack quotes; or the status and why not.
    private static (List<StudyPackEntry>? Entries, int Status, string? Error) ReadEntries(
        List<string> ids, string?[] notes, KnowledgeBase knowledgeBase, string baseUrl)
    {
        var entries = new List<StudyPackEntry>(ids.Count);
        var mentioned = new HashSet<DocumentId>();
        var quoted = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id.Length > 300 || !SafeSectionId().IsMatch(id) || !SectionId.TryParse(id, out var sectionId))
            {
                return (null, StatusCodes.Status400BadRequest, $"Mã mục không hợp lệ: “{Shorten(id)}”. Mã mục có dạng mã-văn-bản/mã-mục, ví dụ 100-kh-ubnd-2024/part_III__sec_5.");
            }

            if (knowledgeBase.FindSection(sectionId) is not { } found)
            {
                return (null, StatusCodes.Status404NotFound, $"Không tìm thấy mục: {id}.");
            }

            var link = Links.Absolute(baseUrl, Links.Section(found.Section));
            var form = mentioned.Add(found.Document.Id) ? CitationForm.Full : CitationForm.Short;
            var quotation = Quotation.Of(found.Document, found.Section, link);
            quoted += quotation.Text.Length;
            if (quoted > AnswerLimits.StudyPackCharacters)
            {
                return (null, StatusCodes.Status400BadRequest, TooLong(i, id, quotation.Text.Length, quoted));
            }

            entries.Add(new StudyPackEntry(i + 1, id, found.Document, found.Section, quotation, form, notes[i]));
        }

        return (entries, StatusCodes.Status200OK, null);
    }

    // The pack's answer would be too big: what is quoted counts, each time a section is listed.
    private static string TooLong(int index, string id, int length, int quoted)
    {
        var limit = AnswerLimits.Number(AnswerLimits.StudyPackCharacters);
        return index == 0 || length > AnswerLimits.StudyPackCharacters
            ? $"Mục {Shorten(id)} dài {AnswerLimits.Number(length)} ký tự, vượt quá giới hạn {limit} ký tự của một tập tài liệu. Hãy đọc và trích dẫn mục này theo từng trang trên trang của mục."
            : $"Các mục của tập tài liệu dài quá: đến mục thứ {index + 1} đã có {AnswerLimits.Number(quoted)} ký tự, vượt quá giới hạn {limit} ký tự của một tập " +
              "(một mục được liệt kê nhiều lần thì được tính mỗi lần). Hãy bớt mục hoặc chia thành nhiều tập.";
    }

    private static string Shorten(string id) => id.Length <= 80 ? id : id[..80] + "…";

    // The pack's own query string, for the links to its other forms (booklet, Markdown, Word).
    private static string QueryOf(string title, List<string> ids, string?[] notes)
    {
        var parts = new List<string>();
        if (title.Length > 0)
        {
            parts.Add("t=" + Uri.EscapeDataString(title));
        }

        parts.Add("s=" + string.Join(',', ids.Select(Uri.EscapeDataString)));
        for (var i = 0; i < notes.Length; i++)
        {
            if (notes[i] is { } note)
            {
                parts.Add($"n{i}=" + Uri.EscapeDataString(note));
            }
        }

        return "?" + string.Join('&', parts);
    }

    // Only the characters ids are made of reach the lookup (and, escaped, the message).
    [GeneratedRegex(@"^[A-Za-z0-9._\-]+/[A-Za-z0-9._\-]+$")]
    private static partial Regex SafeSectionId();
}
