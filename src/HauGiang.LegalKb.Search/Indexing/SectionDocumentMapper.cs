using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HauGiang.LegalKb.Search.Indexing;

/// <summary>
/// Maps the model to Lucene documents: one per section (its heading and own text), and one per document (its
/// number, type and title; the whole record for a reference-only document).
/// </summary>
public static class SectionDocumentMapper
{
    // A document record's few words (subject, issuer) would outrank the passages that say the same at length:
    // its words weigh less; its number (an exact term) still puts it first for a number query.
    private const float RecordBoost = 0.5f;

    /// <summary>
    /// The shingle fields: only ever matched by <see cref="Lucene.Net.Search.TermQuery"/> (a pair is already a
    /// phrase of two), so no positions are written; norms stay, scoring weighs a pair by the unit's length.
    /// </summary>
    private static readonly FieldType PairFieldType = CreatePairFieldType();

    // Room for the units of one document in the order numbers (a document's record and its sections).
    private const long UnitsPerDocument = 1L << 24;

    /// <summary>
    /// Where the unit of <paramref name="order"/> (its <see cref="FieldNames.Order"/> value) stands: the document's place
    /// in <see cref="KnowledgeBase.Documents"/>, and 0 for the document's record or n for the nth of its
    /// <see cref="LegalDocument.AllSections"/>.
    /// </summary>
    public static (int Document, int Unit) PlaceOf(long order) => ((int)(order / UnitsPerDocument), (int)(order % UnitsPerDocument));

    /// <summary>
    /// The Lucene documents for one document of the knowledge base, the <paramref name="position"/>th of
    /// <see cref="KnowledgeBase.Documents"/>.
    /// </summary>
    public static IEnumerable<Document> Map(LegalDocument document, int position, KnowledgeBase knowledgeBase)
    {
        var m = document.Metadata;

        // Both cores index at once, so Lucene's document numbers follow thread timing; hits of equal score are
        // ordered by this instead: the document's place in the knowledge base, then the unit's place in it.
        var order = (long)position * UnitsPerDocument;

        // The document itself: found by its number, type and title.
        var record = Base(document.Id.Value, document.Id.Value, m, order++);
        AddText(record, RecordTitle(m), RecordText(m), RecordBoost);
        if (m.Number is { } number)
        {
            record.Add(new StringField(FieldNames.Number, number.Value, Field.Store.NO));
        }

        yield return record;

        foreach (var section in document.AllSections())
        {
            var entry = Base(section.Id.ToString(), document.Id.Value, m, order++);
            AddText(entry, SectionTitle(section), section.Text);
            foreach (var cited in knowledgeBase.CitationsFromSection(section.Id).Select(c => c.Number?.Value).Where(n => n is not null).Distinct())
            {
                entry.Add(new StringField(FieldNames.Cites, cited, Field.Store.NO));
            }

            yield return entry;
        }
    }

    /// <summary>
    /// The title and the text each Lucene document of <paramref name="document"/> is analysed from, in the order of
    /// <see cref="Map"/>: the record, then every section. For tests and benchmarks of the analysis on its own.
    /// </summary>
    public static IEnumerable<(string Title, string Text)> TitlesAndTexts(LegalDocument document)
    {
        yield return (RecordTitle(document.Metadata), RecordText(document.Metadata));
        foreach (var section in document.AllSections())
        {
            yield return (SectionTitle(section), section.Text);
        }
    }

    private static string RecordTitle(DocumentMetadata m) =>
        string.Join(' ', new[] { m.Type?.Name, m.Number?.Value, m.Title ?? m.Subject }.Where(s => s is not null));

    private static string RecordText(DocumentMetadata m) =>
        string.Join('\n', new[] { m.Subject, m.Issuer }.Where(s => !string.IsNullOrEmpty(s)));

    private static string SectionTitle(Section section) => section.Heading ?? section.Title ?? string.Empty;

    private static Document Base(string id, string documentId, DocumentMetadata m, long order)
    {
        var entry = new Document
        {
            new NumericDocValuesField(FieldNames.Order, order),
            new StringField(FieldNames.Id, id, Field.Store.YES),
            new StringField(FieldNames.DocumentId, documentId, Field.Store.YES),
        };
        AddFacet(entry, FieldNames.Type, m.Type?.Name);
        AddFacet(entry, FieldNames.Issuer, m.Issuer);
        AddFacet(entry, FieldNames.Year, m.IssuedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return entry;
    }

    private static void AddText(Document entry, string title, string text, float boost = 1f)
    {
        // Tokenized once for all six fields, each of which replays the tokens: analysing each field's string
        // tokenized the title and the text four times each and was most of the cost of writing the index.
        var tokens = SectionTokens.Analyze(title, text);
        foreach (var name in SectionTokens.Fields)
        {
            var type = name is FieldNames.Shingles or FieldNames.ShinglesFolded ? PairFieldType : TextField.TYPE_NOT_STORED;
            entry.Add(new Field(name, tokens.StreamFor(name), type) { Boost = boost });
        }
    }

    private static FieldType CreatePairFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static void AddFacet(Document entry, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        entry.Add(new StringField(field, value, Field.Store.NO));
        entry.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
