using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Query understanding beyond the words typed: Telex/VNI typed with the input method off, abbreviations both ways
/// (the common ones and those the documents define themselves, "Ủy ban nhân dân (UBND)"), and the domain thesaurus.
/// Expansions become <see cref="QueryVariant"/>s that weigh less than what the user literally typed.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class QueryExpansion
{
    private const float AbbreviationBoost = 0.8f;
    private const float ThesaurusBoost = 0.25f;
    private const int MaxVariants = 8;

    private readonly Dictionary<string, List<string>> _definedByDocuments;
    private readonly Dictionary<string, List<string>> _definedExpansions;

    /// <summary>An expansion that also knows <paramref name="definitions"/> the documents make themselves.</summary>
    public QueryExpansion(IEnumerable<AbbreviationDefinition> definitions)
    {
        var list = definitions.ToList();
        _definedByDocuments = list.GroupBy(d => d.Abbreviation.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.Select(d => d.Expansion).Distinct().ToList(), StringComparer.Ordinal);
        _definedExpansions = list.GroupBy(d => PhraseKey.Folded(d.Expansion))
            .ToDictionary(g => g.Key, g => g.Select(d => d.Abbreviation).Distinct().ToList(), StringComparer.Ordinal);
    }

    /// <summary>An expansion with the common abbreviations and the thesaurus only.</summary>
    public static QueryExpansion Default { get; } = new([]);

    /// <summary>
    /// Rewrites the words in place when the query was typed in Telex or VNI with the input method off
    /// ("ddaij ddoanf keets" → "đại đoàn kết"); ordinary words that merely look like Telex are left as typed. In a
    /// query with diacritics, the input method was on for some words: a bare word is converted only when its keys
    /// are unambiguous ("nông thôn mowis" → "mới"), word by word.
    /// </summary>
    public static void Rewrite(ParsedQuery parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Words.Count == 0)
        {
            return;
        }

        if (parsed.Words.Any(SearchText.HasDiacritics))
        {
            RewriteSlips(parsed);
            return;
        }

        var converted = TelexVni.ConvertQuery(string.Join(' ', parsed.Words));
        if (!converted.LooksLikeTelexOrVni || converted.Conversions.Count == 0)
        {
            return;
        }

        var words = UserQueryParser.Words(converted.Text);
        parsed.Words.Clear();
        parsed.Words.AddRange(words);
        parsed.Notes.Add("gõ Telex/VNI: " + string.Join(", ", converted.Conversions.Select(c => $"{c.Typed} → {c.Vietnamese}")));
    }

    // The bare words of a partly accented query whose keys are unambiguously Telex or VNI, converted one by one.
    private static void RewriteSlips(ParsedQuery parsed)
    {
        var conversions = new List<string>();
        for (var i = 0; i < parsed.Words.Count; i++)
        {
            var word = parsed.Words[i];
            if (!SearchText.HasDiacritics(word) && TelexVni.TryConvert(word, out var vietnamese) && vietnamese != word)
            {
                parsed.Words[i] = vietnamese;
                conversions.Add($"{word} → {vietnamese}");
            }
        }

        if (conversions.Count > 0)
        {
            parsed.Notes.Add("gõ Telex/VNI: " + string.Join(", ", conversions));
        }
    }

    /// <summary>
    /// Other ways to say parts of <paramref name="words"/>: for each span (longest first, spans do not overlap), an
    /// abbreviation, its meaning, or a synonym, each searched as a phrase beside the words typed.
    /// </summary>
    public IReadOnlyList<QueryVariant> Variants(IReadOnlyList<string> words)
    {
        var variants = new List<QueryVariant>();
        var start = 0;
        while (start < words.Count && variants.Count < MaxVariants)
        {
            var taken = 1;
            for (var length = Math.Min(Thesaurus.Default.MaxWords, words.Count - start); length >= 1; length--)
            {
                var span = string.Join(' ', words.Skip(start).Take(length));
                // An alternative whose words the span already has ("đảng viên" for "phát triển đảng viên") adds
                // nothing but weight; it is left out.
                var spanWords = UserQueryParser.Words(PhraseKey.Folded(span)).ToHashSet(StringComparer.Ordinal);
                var found = Alternatives(span, length)
                    .Where(a => !UserQueryParser.Words(PhraseKey.Folded(a.Replacement)).All(spanWords.Contains))
                    .ToList();
                if (found.Count > 0)
                {
                    variants.AddRange(found.Select(a => new QueryVariant(UserQueryParser.Words(a.Replacement), a.Boost, a.Note, start, length, a.Boost == AbbreviationBoost)));
                    taken = length;
                    break;
                }
            }

            start += taken;
        }

        return variants.Take(MaxVariants).ToList();
    }

    private IEnumerable<(string Replacement, float Boost, string Note)> Alternatives(string span, int length)
    {
        if (length == 1)
        {
            // An abbreviation that is also an ordinary syllable (TU, ĐA) expands only when typed in capitals.
            var typedInCapitals = span.Length > 1 && span.All(c => !char.IsLetter(c) || char.IsUpper(c));
            foreach (var entry in Abbreviations.Lookup(span).Where(e => typedInCapitals || !e.CollidesWithWord))
            {
                yield return (entry.Expansion, AbbreviationBoost, $"{span} → {entry.Expansion}");
            }

            if (typedInCapitals && _definedByDocuments.TryGetValue(span.ToUpperInvariant(), out var defined))
            {
                foreach (var expansion in defined)
                {
                    yield return (expansion, AbbreviationBoost, $"{span} → {expansion}");
                }
            }
        }
        else
        {
            foreach (var entry in Abbreviations.FindByExpansion(span))
            {
                yield return (entry.Abbreviation, AbbreviationBoost, $"{span} → {entry.Abbreviation}");
            }

            if (_definedExpansions.TryGetValue(PhraseKey.Folded(span), out var abbreviations))
            {
                foreach (var abbreviation in abbreviations)
                {
                    yield return (abbreviation, AbbreviationBoost, $"{span} → {abbreviation}");
                }
            }
        }

        foreach (var synonym in Thesaurus.Default.Expand(span))
        {
            yield return (synonym, ThesaurusBoost, $"{span} ≈ {synonym}");
        }
    }
}
