using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Finds every reference to a document in a text (pass one of two; the knowledge-base build resolves them).
/// </summary>
/// <remarks>
/// Judged by the grammar, not by luck: the patterns (<see cref="CitationPatterns.Default"/>, or a pipeline's own) find
/// the references, an earlier pattern winning words two of them claim; pinpoints ("khoản 4 Điều 23") then attach to
/// the reference after them, or to this document when none follows; subjects and implementation chains next; last,
/// pinpoints left to this document inside an article that amends another document go to that document.
/// Pure and thread-safe; never throws.
/// </remarks>
public sealed class CitationExtractor
{
    private readonly IReadOnlyList<CitationPattern> _patterns;

    // Each known name as written and as compared (NFC, one tone placement), reduced once rather than per text.
    private readonly IReadOnlyList<KnownName> _knownNames;

    /// <summary>An extractor with the default patterns that also recognises <paramref name="knownNames"/> (catalogue names of documents).</summary>
    public CitationExtractor(IEnumerable<string>? knownNames = null)
        : this(CitationPatterns.Default, knownNames)
    {
    }

    /// <summary>An extractor with <paramref name="patterns"/>, tried in order, that also recognises <paramref name="knownNames"/>.</summary>
    public CitationExtractor(IReadOnlyList<CitationPattern> patterns, IEnumerable<string>? knownNames)
    {
        _patterns = patterns;
        _knownNames = (knownNames ?? []).Where(n => n.Length > 3).OrderByDescending(n => n.Length)
            .Select(n => new KnownName(n, CitedDocumentKey.ToneInsensitive(VietnameseText.Normalize(n)))).ToList();
    }

    /// <summary>Every reference in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<CitationMention> Extract(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var input = new CitationText(text, _knownNames);

        // Claimed words are kept sorted, so each mention is checked against its two neighbours, not every claim.
        var anchors = new List<CitationMention>();
        var claimed = new List<TextSpan>();
        foreach (var pattern in _patterns)
        {
            foreach (var mention in pattern.Find(input))
            {
                var at = claimed.BinarySearch(mention.Span, s_byStart);
                at = at < 0 ? ~at : at;
                if ((at == 0 || !Overlaps(claimed[at - 1], mention.Span)) && (at == claimed.Count || !Overlaps(claimed[at], mention.Span)))
                {
                    claimed.Insert(at, mention.Span);
                    anchors.Add(mention);
                }
            }
        }

        anchors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var withPinpoints = PinpointAttachment.Run(text, anchors);
        withPinpoints.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return AmendmentScopes.Run(text, SubjectsAndChains.Run(text, withPinpoints));
    }

    private static readonly Comparer<TextSpan> s_byStart = Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start));

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
