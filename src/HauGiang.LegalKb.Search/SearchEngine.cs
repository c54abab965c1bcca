using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;
using HauGiang.LegalKb.Search.Facets;
using HauGiang.LegalKb.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QueryBuilder = HauGiang.LegalKb.Search.Querying.QueryBuilder;

namespace HauGiang.LegalKb.Search;

/// <summary>
/// Searches a knowledge base's Lucene index: query understanding, ranking, paging, filters with counts, snippets.
/// </summary>
/// <remarks>Thread-safe: one instance serves every request. Never throws on any query text.</remarks>
public sealed class SearchEngine : IDisposable
{
    // Equal scores keep the knowledge base's order (documents, then their units), not the order threads indexed them in.
    private static readonly Sort s_byScoreThenOrder = new(SortField.FIELD_SCORE, new SortField(FieldNames.Order, SortFieldType.INT64));

    private readonly KnowledgeBase _knowledgeBase;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryBuilder _builder;
    private readonly Dictionary<string, string> _numbersByFoldedForm;
    private readonly ILookup<string, (string Value, DocumentNumber Number)> _numbersByOrdinal;
    private readonly SpellingSuggester _spelling;
    private readonly QueryExpansion _expansion;
    private readonly FacetOrdinals _facets;

    private SearchEngine(KnowledgeBase knowledgeBase, Lucene.Net.Store.Directory directory)
    {
        _knowledgeBase = knowledgeBase;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _builder = new QueryBuilder();
        _expansion = new QueryExpansion(knowledgeBase.Documents.SelectMany(d => Abbreviations.FindDefinitions(d.CleanedText)));
        _spelling = new SpellingSuggester(_reader);
        _facets = FacetOrdinals.Read(_reader);
        _numbersByFoldedForm = knowledgeBase.Documents
            .Select(d => d.Metadata.Number?.Value)
            .Concat(knowledgeBase.Citations.Select(c => c.Number?.Value))
            .OfType<string>()
            .Distinct()
            .GroupBy(SearchText.FoldCode)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // "nghị quyết 43" names an ordinal without the rest: every known number is parsed once, looked up by it.
        _numbersByOrdinal = _numbersByFoldedForm.Values
            .Select(value => (Value: value, Parsed: DocumentNumber.TryParse(value, out var n) ? n : null))
            .Where(p => p.Parsed is not null)
            .ToLookup(p => p.Parsed!.Value.Ordinal.TrimStart('0'), p => (p.Value, p.Parsed!.Value), StringComparer.Ordinal);
    }

    /// <summary>The knowledge base searched.</summary>
    public KnowledgeBase KnowledgeBase => _knowledgeBase;

    /// <summary>Opens the index written by <see cref="Indexing.SearchIndexWriter"/> in <paramref name="folder"/>.</summary>
    /// <remarks>
    /// Read through positioned file reads (NIOFSDirectory), not memory maps: a file of a live generation truncated
    /// under the service then fails a search with an exception the watcher recovers from, instead of a SIGBUS that
    /// kills the process (a mapped page past the end of a truncated file).
    /// </remarks>
    public static SearchEngine Open(KnowledgeBase knowledgeBase, string folder) => new(knowledgeBase, new NIOFSDirectory(folder));

    /// <summary>Opens the index in <paramref name="folder"/> copied into memory, for a long-running service.</summary>
    /// <remarks>
    /// The copy is what the service searches until the next generation: a file of the generation damaged on disk while
    /// it serves (truncated, deleted) fails no request; the watcher sees the damage and rebuilds. Costs the index's size in memory.
    /// </remarks>
    public static SearchEngine OpenInMemory(KnowledgeBase knowledgeBase, string folder)
    {
        using var disk = new NIOFSDirectory(folder);
        return new(knowledgeBase, new RAMDirectory(disk, IOContext.READ_ONCE));
    }

    /// <summary>Builds an in-memory index of <paramref name="knowledgeBase"/> (tests, benchmarks).</summary>
    public static SearchEngine InMemory(KnowledgeBase knowledgeBase)
    {
        var directory = new RAMDirectory();
        Indexing.SearchIndexWriter.Write(knowledgeBase, directory);
        return new SearchEngine(knowledgeBase, directory);
    }

    /// <summary>Runs a search.</summary>
    public SearchResults Search(SearchRequest request)
    {
        var top = Math.Clamp(request.Top, 1, SearchLimits.MaxTop);
        var page = Math.Max(1, request.Page);
        var parsed = UserQueryParser.Parse(request.Query);
        QueryExpansion.Rewrite(parsed);
        var numbers = ResolveNumbers(parsed);
        var variants = _expansion.Variants(parsed.Words);
        parsed.Notes.AddRange(variants.Select(v => v.Note));
        var query = _builder.Build(parsed, numbers, variants);
        var understood = Describe(parsed, numbers);
        if (query is null)
        {
            return new SearchResults(request.Query, understood, 0, page, [], [], [], [], null);
        }

        var filter = BuildFilter(request.Type ?? parsed.Type, request.Issuer ?? parsed.Issuer, request.Year ?? parsed.Year);
        // One pass over the matches: the best hits and the counts by type, issuer and year together.
        var facets = new FacetCollector(_facets);
        var best = TopFieldCollector.Create(s_byScoreThenOrder, Math.Min(page * top, SearchLimits.MaxHits), fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        _searcher.Search(query, filter, MultiCollector.Wrap(best, facets));
        var topDocs = best.GetTopDocs();
        var words = parsed.Words.Concat(parsed.Phrases.SelectMany(p => p)).ToList();
        var hits = topDocs.ScoreDocs.Skip((page - 1) * top).Take(top).Select(sd => ToHit(sd, words)).ToList();

        string? didYouMean = null;
        if (topDocs.TotalHits == 0)
        {
            didYouMean = DidYouMean(parsed);
        }

        return new SearchResults(
            request.Query,
            understood,
            topDocs.TotalHits,
            page,
            hits,
            facets.Counts(FieldNames.Type),
            facets.Counts(FieldNames.Issuer),
            facets.Counts(FieldNames.Year),
            didYouMean);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private SearchHit ToHit(ScoreDoc scoreDoc, IReadOnlyCollection<string> words)
    {
        var stored = _searcher.Doc(scoreDoc.Doc);
        var documentId = DocumentId.Of(stored.Get(FieldNames.DocumentId));
        var document = _knowledgeBase.FindDocument(documentId);
        var documentName = document is null ? documentId.Value : DocumentNames.Of(document);
        if (SectionId.TryParse(stored.Get(FieldNames.Id), out var id) && _knowledgeBase.FindSection(id) is { } found)
        {
            var path = _knowledgeBase.PathTo(id).Select(s => s.Heading ?? SectionKindNames.Vietnamese(s.Kind));
            var (html, text) = SnippetBuilder.Build(found.Section.Text.Length > 0 ? found.Section.Text : found.Section.Heading ?? string.Empty, words);
            return new SearchHit(id, documentId, found.Section.Labels, found.Section.Heading ?? found.Section.Title, [documentName, .. path], html, text, scoreDoc.Score);
        }

        var m = document?.Metadata;
        var summary = string.Join(". ", new[] { m?.Title ?? m?.Subject, m?.Issuer }.Where(s => !string.IsNullOrEmpty(s)));
        var (snippetHtml, snippetText) = SnippetBuilder.Build(summary, words);
        return new SearchHit(null, documentId, [], m?.Title ?? m?.Subject, [documentName], snippetHtml, snippetText, scoreDoc.Score);
    }

    private List<string> ResolveNumbers(ParsedQuery parsed)
    {
        var result = new List<string>();
        foreach (var number in parsed.Numbers)
        {
            if (number.Canonical is not null)
            {
                result.Add(_numbersByFoldedForm.GetValueOrDefault(SearchText.FoldCode(number.Canonical), number.Canonical));
                continue;
            }

            result.AddRange(_numbersByOrdinal[number.Ordinal]
                .Where(candidate => (number.Year is null || candidate.Number.Year == number.Year)
                    && (number.Code is null || VietnameseText.RemoveDiacritics(candidate.Number.Code).Equals(number.Code, StringComparison.OrdinalIgnoreCase)))
                .Select(candidate => candidate.Value));
        }

        return result.Distinct().ToList();
    }

    private static Filter? BuildFilter(string? type, string? issuer, int? year)
    {
        var clauses = new BooleanQuery();
        if (type is not null)
        {
            clauses.Add(new TermQuery(new Term(FieldNames.Type, type)), Occur.MUST);
        }

        if (issuer is not null)
        {
            clauses.Add(new TermQuery(new Term(FieldNames.Issuer, issuer)), Occur.MUST);
        }

        if (year is not null)
        {
            clauses.Add(new TermQuery(new Term(FieldNames.Year, year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        }

        return clauses.Clauses.Count == 0 ? null : new QueryWrapperFilter(clauses);
    }

    private string? DidYouMean(ParsedQuery parsed)
    {
        if (parsed.Words.Count == 0)
        {
            return null;
        }

        // First the words without diacritics (a wrong accent is the commonest slip), then the closest known words.
        var folded = parsed.Words.Select(w => VietnameseText.RemoveDiacritics(w)).ToList();
        foreach (var candidate in new[] { folded.SequenceEqual(parsed.Words) ? null : string.Join(' ', folded), _spelling.Suggest(parsed.Words) })
        {
            if (candidate is null)
            {
                continue;
            }

            var retry = new ParsedQuery();
            retry.Words.AddRange(UserQueryParser.Words(candidate));
            if (_builder.Build(retry, []) is { } query && _searcher.Search(query, 1).TotalHits > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Describe(ParsedQuery parsed, IReadOnlyList<string> numbers)
    {
        var parts = new List<string>();
        if (parsed.Words.Count > 0)
        {
            parts.Add("từ: " + string.Join(' ', parsed.Words));
        }

        parts.AddRange(parsed.Phrases.Select(p => $"cụm từ: \"{string.Join(' ', p)}\""));
        if (numbers.Count > 0)
        {
            parts.Add("số hiệu: " + string.Join(", ", numbers));
        }

        parts.AddRange(parsed.Excluded.Select(e => "loại trừ: " + e));
        parts.AddRange(parsed.Notes);
        return string.Join("; ", parts);
    }
}
