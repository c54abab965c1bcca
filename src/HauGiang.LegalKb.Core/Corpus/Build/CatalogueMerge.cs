using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>
/// Build step "records": every parsed text is a record; every catalogue entry either adds its facts and names to
/// the text with the same number, year and place (the text's own facts win) or becomes a reference-only record.
/// </summary>
internal static class CatalogueMerge
{
    public static DocumentRecords Run(IReadOnlyList<ParsedDocument> parsed, Catalogue catalogue)
    {
        var records = new DocumentRecords();
        foreach (var document in parsed)
        {
            records.Add(new DocumentRecord(document.Metadata, document));
        }

        foreach (var entry in catalogue.Entries)
        {
            var facts = entry.ToMetadata();
            var match = records.All.FirstOrDefault(r => SameDocument(r.Metadata, facts));
            if (match is not null)
            {
                match.Metadata = match.Metadata.Or(facts);
                match.Names.AddRange(entry.Names);
                records.Learned(match);
            }
            else if (facts.Number is not null || facts.Title is not null)
            {
                records.Add(new DocumentRecord(facts, null, entry.Names));
            }
        }

        return records;
    }

    private static bool SameDocument(DocumentMetadata document, DocumentMetadata facts) =>
        document.Number is { } number && number == facts.Number
        && (document.IssuedOn is null || facts.IssuedOn is null || document.IssuedOn.Value.Year == facts.IssuedOn.Value.Year)
        && (document.Place is null || facts.Place is null || string.Equals(document.Place, facts.Place, StringComparison.OrdinalIgnoreCase));
}
