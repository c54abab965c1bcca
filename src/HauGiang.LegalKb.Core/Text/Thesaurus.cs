namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// A curated thesaurus for this domain, kept as data (Text/Data/thesaurus.tsv, embedded): everyday words ↔ the
/// documents' terms (bà con ↔ Nhân dân, người già ↔ người cao tuổi, Việt kiều ↔ kiều bào …).
/// </summary>
/// <remarks>
/// File format: UTF-8, one row per line, three tab-separated columns — term, synonyms separated by "|", note of
/// the source. Lines starting with # and blank lines are ignored; any other line without a term, a synonym and a
/// note is skipped and listed in <see cref="RejectedLines"/>. A row is a group: each member expands to all the others.
/// Immutable and thread-safe; nothing here throws on any input string.
/// </remarks>
public sealed class Thesaurus
{
    /// <summary>The name of the embedded data file.</summary>
    public const string ResourceName = "HauGiang.LegalKb.Core.Text.Data.thesaurus.tsv";

    private readonly Dictionary<string, List<ThesaurusEntry>> _byExact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ThesaurusEntry>> _byFolded = new(StringComparer.Ordinal);

    private Thesaurus(IReadOnlyList<ThesaurusEntry> entries, IReadOnlyList<int> rejectedLines)
    {
        Entries = entries;
        RejectedLines = rejectedLines;
        foreach (var entry in entries)
        {
            foreach (var member in entry.Members)
            {
                Index(_byExact, PhraseKey.Exact(member), entry);
                Index(_byFolded, PhraseKey.Folded(member), entry);
                MaxWords = Math.Max(MaxWords, PhraseKey.Exact(member).Split(' ').Length);
            }
        }
    }

    /// <summary>The thesaurus shipped with the product (the embedded thesaurus.tsv); empty if the resource is missing.</summary>
    public static Thesaurus Default { get; } = LoadDefault();

    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<ThesaurusEntry> Entries { get; }

    /// <summary>1-based numbers of lines that were neither comments, blank, nor well-formed rows.</summary>
    public IReadOnlyList<int> RejectedLines { get; }

    /// <summary>The most words any member has ("phòng, chống tham nhũng" = 4): how far a caller must look ahead.</summary>
    public int MaxWords { get; }

    /// <summary>Reads a thesaurus from the text of a TSV file (format above). Null is read as empty.</summary>
    public static Thesaurus Parse(string tsv)
    {
        var entries = new List<ThesaurusEntry>();
        var rejected = new List<int>();
        var lines = SafeText.WellFormed(tsv ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = VietnameseText.Normalize(lines[i].TrimEnd('\r'));
            if (VietnameseText.IsBlank(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            var term = columns.Length == 3 ? VietnameseText.TrimSpaces(columns[0]) : string.Empty;
            var synonyms = columns.Length == 3
                ? columns[1].Split('|').Select(VietnameseText.TrimSpaces).Where(s => PhraseKey.Exact(s).Length > 0).ToArray()
                : [];
            var note = columns.Length == 3 ? VietnameseText.TrimSpaces(columns[2]) : string.Empty;
            if (PhraseKey.Exact(term).Length == 0 || synonyms.Length == 0 || note.Length == 0)
            {
                rejected.Add(i + 1);
                continue;
            }

            entries.Add(new ThesaurusEntry(term, synonyms, note, i + 1));
        }

        return new Thesaurus(entries, rejected);
    }

    /// <summary>
    /// The other members of every row that holds <paramref name="term"/>, as written in the data, each once, in file
    /// order; empty when none. Compared without case, punctuation or tone-mark placement ("Người già", "người  già");
    /// a term typed without any diacritics is compared without them ("nguoi gia" finds "người già"), one typed with
    /// them must match them ("người Hòa" does not find "người Hoa"), and one typed partly with them is compared word by
    /// word ("người gia" finds "người già": <see cref="PhraseKey.MatchesAsTyped"/>).
    /// </summary>
    public IReadOnlyList<string> Expand(string term)
    {
        var exact = PhraseKey.Exact(term ?? string.Empty);
        if (exact.Length == 0)
        {
            return [];
        }

        var folded = VietnameseText.RemoveDiacritics(exact);
        var typedPlain = folded == exact;
        var rows = typedPlain ? _byFolded.GetValueOrDefault(folded) : _byExact.GetValueOrDefault(exact) ?? PartlyTyped(exact, folded);
        if (rows is null)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { exact };
        var result = new List<string>();
        foreach (var row in rows)
        {
            foreach (var member in row.Members)
            {
                var key = PhraseKey.Exact(member);
                var same = PhraseKey.MatchesAsTyped(exact, key);
                if (!same && seen.Add(key))
                {
                    result.Add(member);
                }
            }
        }

        return result;
    }

    // The rows holding a member that a term typed partly with diacritics says word by word ("đảng vien").
    private List<ThesaurusEntry>? PartlyTyped(string exact, string folded) =>
        _byFolded.GetValueOrDefault(folded)?.Where(r => r.Members.Any(m => PhraseKey.MatchesAsTyped(exact, PhraseKey.Exact(m)))).ToList() is { Count: > 0 } rows
            ? rows
            : null;

    private static void Index(Dictionary<string, List<ThesaurusEntry>> index, string key, ThesaurusEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    private static Thesaurus LoadDefault()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return Parse(string.Empty);
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
