using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>Build step "documents": each record with its id becomes a document; a text's sections get their ids.</summary>
internal static class DocumentAssembly
{
    public static Dictionary<DocumentRecord, LegalDocument> Run(IReadOnlyList<DocumentRecord> records, IReadOnlyList<DocumentId> ids)
    {
        var documents = new Dictionary<DocumentRecord, LegalDocument>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            documents[record] = record.Source is { } source
                ? source.ToDocument(ids[i], record.Metadata)
                : new LegalDocument { Id = ids[i], Metadata = record.Metadata };
        }

        return documents;
    }
}
