using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// One excerpt of a study pack: the section quoted (the whole unit, or its opening alone), the citation it carries and
/// the note written before it.
/// </summary>
public sealed record StudyPackEntry(int Number, string Id, LegalDocument Document, Section Section, Quotation Quotation, CitationForm Form, string? NoteBefore, bool IntroOnly = false)
{
    /// <summary>The citation printed under the excerpt: the full form at a document's first mention, the short form after.</summary>
    public string Citation => Quotation.Citation(Form);

    /// <summary>"2.8. Đối với Người cao tuổi", "1.3. Tăng cường nắm bắt tâm tư, nguyện vọng…", "… (phần mở đầu)".</summary>
    public string Heading => IntroOnly ? $"{Display.Heading(Section)} (phần mở đầu)" : Display.Heading(Section);

    /// <summary>The anchor of the excerpt in the booklet.</summary>
    public string Anchor => $"trich-doan-{Number}";
}

/// <summary>An item of a shared pack that names a section the knowledge base does not have (any more).</summary>
/// <param name="Number">Its place in the pack, from 1.</param>
/// <param name="Id">The id as the link gives it.</param>
/// <param name="Reason">Why it is not shown, for people.</param>
/// <param name="NoteBefore">The note written before it, still shown.</param>
public sealed record StudyPackMissing(int Number, string Id, string Reason, string? NoteBefore)
{
    /// <summary>"Mục thứ 3 của tập (100-kh-ubnd-2024/part_IX) không hiển thị được: …".</summary>
    public string Message => $"Mục thứ {Number} của tập ({Id}) không hiển thị được: {Reason}";
}

/// <summary>
/// A study pack as a request carries it: a title, section ids in order, and Markdown notes between them
/// (<c>?t=…&amp;s=id1,id2&amp;n0=…&amp;n1=…&amp;n2=…</c>, where <c>n{i}</c> stands before the i-th excerpt, counting from 0, and
/// <c>n{count}</c> after the last). Nothing is stored: every answer is rendered from the request.
/// </summary>
public sealed partial record StudyPack(string Title, IReadOnlyList<StudyPackEntry> Entries, string? Closing, string QueryString, DateOnly MadeOn)
{
    /// <summary>True on the printable address: the page says how to print it.</summary>
    public bool ForPrint { get; init; }

    /// <summary>The items of the link that name no section the knowledge base has, in order; the others are shown.</summary>
    public IReadOnlyList<StudyPackMissing> Missing { get; init; } = [];

    /// <summary>Every item in the order the link gives them: an excerpt, or what could not be found in its place.</summary>
    public IEnumerable<(StudyPackEntry? Entry, StudyPackMissing? Missing)> Items =>
        Entries.Select(e => (Number: e.Number, Item: ((StudyPackEntry?)e, (StudyPackMissing?)null)))
            .Concat(Missing.Select(m => (m.Number, Item: ((StudyPackEntry?)null, (StudyPackMissing?)m))))
            .OrderBy(i => i.Number)
            .Select(i => i.Item);

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

        var read = StudyPackEntries.Read(ids, notes, knowledgeBase, baseUrl);
        if (read.Error is { } error)
        {
            return (null, read.Status, error);
        }

        var pack = new StudyPack(title.Length > 0 ? title : DefaultTitle, read.Entries, notes[ids.Count], QueryOf(title, ids, notes), DateOnly.FromDateTime(DateTime.Now))
        {
            Missing = read.Missing,
        };
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

    internal static string Shorten(string id) => id.Length <= 80 ? id : id[..80] + "…";

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
    internal static partial Regex SafeSectionId();
}
