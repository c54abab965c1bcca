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
        // Numbers before names: "Luật Hóa chất số 69/2025/QH15" teaches the record its name before "Luật Hóa chất" alone looks for it.
        var targets = new Dictionary<ExtractedReference, DocumentRecord?>(references.Count);
        foreach (var reference in references.OrderBy(r => VietnameseText.IsUpperCaseLine(r.Mention.Text) ? 1 : 0).ThenBy(r => r.Mention.Number is null ? 1 : 0))
        {
            targets[reference] = IsSelf(records, reference) ? null : FindOrAddRecord(records, reference.Mention);
        }

        return references
            .Select(r => new LinkedReference(
                r.Citing,
                IsSelf(records, r) ? r.Mention with { IsSelfReference = true } : r.Mention,
                targets[r],
                r.ImplementedBy is { } implementer ? targets[implementer] : null))
            .ToList();
    }

    // The document's own number ("Luật số: …", "(Ban hành kèm theo Quyết định số …)") names the document itself, even
    // when its header's number could not be read. It is a reference like any other when the document has a number of
    // its own, or when another text in the corpus has that number (a Quy chế saved apart from the decision issuing it).
    private static bool IsSelf(DocumentRecords records, ExtractedReference reference)
    {
        var mention = reference.Mention;
        if (mention.IsSelfReference || !mention.StatesOwnNumber || mention.Number is not { } number)
        {
            return mention.IsSelfReference;
        }

        return reference.Citing.Metadata.Number is { } own
            ? own == number
            : !records.WithNumber(number, mention.Year).Any(r => r.Source is not null && r != reference.Citing);
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
            var named = records.Named(CitedDocumentKey.Name(name), mention.IssuedOn?.Year);
            if (named is { Source: null, Metadata.IssuedOn: null } && mention.IssuedOn is { } issuedOn)
            {
                // "Luật … ngày 16 tháng 6 năm 2025": the date tells one law of that name from another.
                named.Metadata = named.Metadata with { IssuedOn = issuedOn };
            }

            return named ?? Enrich(null, records, mention);
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
            Title = mention.Name,
        };
        if (record is null)
        {
            record = new DocumentRecord(facts, null, mention.Name is null ? [] : [mention.Name]);
            records.Add(record);
        }
        else if (record.Source is null)
        {
            record.Metadata = record.Metadata.Or(facts);
            if (mention.Name is { } name && mention.Number is not null && !record.Names.Contains(name))
            {
                // A number with a name ("Luật Đất đai số …") tells the record the name later passages use alone.
                record.Names.Add(name);
            }

            records.Learned(record);
        }

        return record;
    }
}
