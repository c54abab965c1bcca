using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>
/// Build step "cited records": every cited document is a record. A reference finds its record by number (and year,
/// and issuer when several share the number) or by name; a document nobody has yet is created from what the passage
/// says, and a reference-only record learns what later passages add (its own facts win).
/// </summary>
internal static class RecordLinking
{
    public static IReadOnlyList<LinkedReference> Run(DocumentRecords records, IReadOnlyList<ExtractedReference> references)
    {
        // Passages in ordinary case speak first: a title in capitals cannot tell "TỈNH THỬ NGHIỆM" (a name) from the next words.
        var targets = new Dictionary<ExtractedReference, DocumentRecord?>(references.Count);
        foreach (var reference in references.OrderBy(r => VietnameseText.IsUpperCaseLine(r.Mention.Text) ? 1 : 0))
        {
            targets[reference] = reference.Mention.IsSelfReference ? null : FindOrAddRecord(records, reference.Mention);
        }

        return references
            .Select(r => new LinkedReference(r.Citing, r.Mention, targets[r], r.ImplementedBy is { } implementer ? targets[implementer] : null))
            .ToList();
    }

    private static DocumentRecord? FindOrAddRecord(DocumentRecords records, CitationMention mention)
    {
        if (mention.Number is { } number)
        {
            var candidates = records.WithNumber(number, mention.Year);
            if (candidates.Count > 1 && mention.Issuer is { } issuer)
            {
                var byIssuer = candidates.Where(c => c.Metadata.Issuer?.Contains(issuer, StringComparison.OrdinalIgnoreCase) == true).ToList();
                candidates = byIssuer.Count > 0 ? byIssuer : candidates;
            }

            return candidates.Count > 1 ? null : Enrich(candidates.FirstOrDefault(), records, mention);
        }

        if (mention.Name is { } name)
        {
            return records.Named(CitedDocumentKey.Name(name)) ?? Enrich(null, records, mention);
        }

        return null;
    }

    // A known record learns what the passage adds (its own facts win); an unknown one is created from the passage.
    private static DocumentRecord Enrich(DocumentRecord? record, DocumentRecords records, CitationMention mention)
    {
        var facts = new DocumentMetadata
        {
            Number = mention.Number,
            Type = mention.Type,
            IssuedOn = mention.IssuedOn,
            Issuer = mention.Issuer,
            Subject = mention.Subject,
            Title = mention.Number is null ? mention.Name : null,
        };
        if (record is null)
        {
            record = new DocumentRecord(facts, null, mention.Name is null ? [] : [mention.Name]);
            records.Add(record);
        }
        else if (record.Source is null)
        {
            record.Metadata = record.Metadata.Or(facts);
            records.Learned(record);
        }

        return record;
    }
}
