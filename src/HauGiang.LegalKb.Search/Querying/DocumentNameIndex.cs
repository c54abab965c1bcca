using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// The names documents go by without their number: a short title ("Luật Thực hiện dân chủ ở cơ sở") and the names the
/// corpus cites them by ("Nghị quyết Trung ương 4 khóa XII"). A query that contains one names that document, as a
/// number would: its record comes first, then the passages citing it.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class DocumentNameIndex
{
    // A title longer than this is a subject line, not a name anyone types whole.
    private const int MaxTitleWords = 12;

    // A name must say more than a type word ("Luật", "Nghị quyết"); a number would otherwise be guessed from one word.
    private const int MinNameWords = 3;

    // By their first word: a query looks up only the names that could start at each of its words.
    private readonly Dictionary<string, List<(string[] Words, string Number)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>The names of the documents of <paramref name="knowledgeBase"/> that have a number.</summary>
    public DocumentNameIndex(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var cited = knowledgeBase.Citations
            .Where(c => c.TargetDocumentId is not null && !string.IsNullOrWhiteSpace(c.Name))
            .ToLookup(c => c.TargetDocumentId!.Value, c => c.Name!);
        foreach (var document in knowledgeBase.Documents)
        {
            if (document.Metadata.Number is not { } number)
            {
                continue;
            }

            var titles = document.Metadata.Title is { } title ? [title] : Array.Empty<string>();
            foreach (var name in titles.Where(t => Words(t).Length <= MaxTitleWords).Concat(cited[document.Id]))
            {
                var words = Words(name);
                if (words.Length < MinNameWords)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var names))
                {
                    _byFirstWord[words[0]] = names = [];
                }

                if (!names.Any(n => n.Number == number.Value && n.Words.SequenceEqual(words)))
                {
                    names.Add((words, number.Value));
                }
            }
        }
    }

    /// <summary>
    /// The numbers of the documents <paramref name="words"/> name, compared without diacritics, case or punctuation,
    /// abbreviations read as what they stand for ("Nghị quyết TW 4 khóa XI").
    /// </summary>
    public IReadOnlyList<string> Named(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (_byFirstWord.Count == 0 || words.Count == 0)
        {
            return [];
        }

        var typed = words.SelectMany(Expanded).ToArray();
        var named = new List<string>();
        for (var start = 0; start < typed.Length; start++)
        {
            foreach (var (name, number) in _byFirstWord.GetValueOrDefault(typed[start]) ?? [])
            {
                if (start + name.Length <= typed.Length && typed.AsSpan(start, name.Length).SequenceEqual(name) && !named.Contains(number))
                {
                    named.Add(number);
                }
            }
        }

        return named;
    }

    private static IEnumerable<string> Expanded(string word)
    {
        var typedInCapitals = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var entry = Abbreviations.Lookup(word).FirstOrDefault(e => typedInCapitals || !e.CollidesWithWord);
        return entry is null ? Words(word) : Words(entry.Expansion);
    }

    private static string[] Words(string text) => PhraseKey.Folded(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
