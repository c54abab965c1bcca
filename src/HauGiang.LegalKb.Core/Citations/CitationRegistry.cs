using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Core.Work;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Turns parsed documents and the catalogue into the registry of documents and the citations between them:
/// pass one extracts references from every text; every cited document becomes a record (its text, its catalogue
/// facts, or what the citing passages say of it); pass two resolves each reference to a document and, where the
/// text is in the corpus, to the pinpointed section.
/// </summary>
internal static class CitationRegistry
{
    public static (List<LegalDocument> Documents, List<Citation> Citations) Build(IReadOnlyList<ParsedDocument> parsed, Catalogue catalogue)
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

        // Extraction reads each text on its own: many documents are shared by the cores, the mentions stay in order.
        var extractor = new CitationExtractor(catalogue.Entries.SelectMany(e => e.Names));
        var mentions = ParallelWork.Select(parsed, p => extractor.Extract(p.CleanedText));

        // Every cited document is a record: those not yet known are built from what the passages say. Passages in
        // ordinary case speak first: a title in capitals cannot tell "TỈNH THỬ NGHIỆM" (a name) from the next words.
        var targets = mentions.Select(list => new DocumentRecord?[list.Count]).ToList();
        var order = mentions
            .SelectMany((list, d) => list.Select((m, k) => (m, d, k)))
            .OrderBy(x => VietnameseText.IsUpperCaseLine(x.m.Text) ? 1 : 0);
        foreach (var (mention, d, k) in order)
        {
            targets[d][k] = mention.IsSelfReference ? null : FindOrAddRecord(records, mention);
        }

        var ids = DocumentIds.Assign(records.All.Select(r => (r.Metadata, r.Source?.SourcePath ?? r.Metadata.Number?.Value ?? r.Metadata.Title ?? "van-ban")).ToList());
        for (var i = 0; i < records.All.Count; i++)
        {
            records.All[i].Id = ids[i];
        }

        var documents = records.All.Select(r => r.Source is { } source
                ? source.ToDocument(r.Id) with { Metadata = r.Metadata }
                : new LegalDocument { Id = r.Id, Metadata = r.Metadata })
            .ToList();
        var byRecord = records.All.Select((r, i) => (r, documents[i])).ToDictionary(p => p.r, p => p.Item2);

        var citations = new List<Citation>();
        for (var d = 0; d < parsed.Count; d++)
        {
            var citing = documents[d];
            for (var k = 0; k < mentions[d].Count; k++)
            {
                var mention = mentions[d][k];
                var target = mention.IsSelfReference ? citing : targets[d][k] is { } record ? byRecord[record] : null;
                var implementedBy = mention.ImplementedBy is { } j && targets[d][j] is { } implementer ? byRecord[implementer].Id : null;
                citations.Add(Resolve(citing, mention, target, implementedBy));
            }
        }

        return (documents, citations);
    }

    private static Citation Resolve(LegalDocument citing, CitationMention mention, LegalDocument? target, string? implementedBy)
    {
        // A document that names its own number ("ban hành kèm theo Quyết định số …" in its attachment) refers to itself.
        mention = target is not null && target.Id == citing.Id ? mention with { IsSelfReference = true } : mention;
        var from = DeepestSectionAt(citing.Sections, mention.Span.Start);
        var path = from is null ? [] : PinpointLocator.PathTo(citing, from.Id);

        // Document-level relations are stated in the title, the preamble and the closing; in the body a mention cites.
        var statesRelation = from is null || path[0].Kind is SectionKind.Preamble or SectionKind.Closing;
        var relation = !mention.IsSelfReference && statesRelation && implementedBy is null ? mention.LeadIn : RelationKind.Cites;

        Section? section = null;
        string? note = null;
        if (target is null)
        {
            note = "Không xác định được văn bản: số hiệu ứng với nhiều văn bản.";
        }
        else if (!target.HasFullText)
        {
            note = "Chưa có toàn văn trong corpus.";
        }
        else
        {
            // "Quy chế này" inside the Quy chế a decision issues is the Quy chế, not the decision.
            var attachment = mention.IsSelfReference
                ? path.LastOrDefault(s => s.Kind == SectionKind.Attachment && mention.Type is { } t && s.Label.Equals(t.Name, StringComparison.OrdinalIgnoreCase))
                : null;
            if (mention.Pinpoint is { } pinpoint)
            {
                var scope = mention.IsSelfReference
                    ? path.FirstOrDefault(s => s.Kind == SectionKind.Attachment)
                    : pinpoint.Attachment is { } attached
                        ? target.Sections.FirstOrDefault(s => s.Kind == SectionKind.Attachment && s.Label.Equals(attached, StringComparison.OrdinalIgnoreCase))
                        : null;
                section = PinpointLocator.Locate(target, pinpoint, attachment ?? scope, path);
                note = section is null ? $"Không tìm thấy {pinpoint.Text} trong văn bản." : null;
            }
            else
            {
                section = attachment;
            }
        }

        return new Citation
        {
            FromDocumentId = citing.Id,
            FromSectionId = from?.Id,
            FromLabels = from?.Labels ?? [],
            Span = mention.Span,
            Text = mention.Text,
            Number = mention.IsSelfReference ? target?.Metadata.Number : mention.Number,
            Type = mention.Type ?? target?.Metadata.Type,
            IssuedOn = mention.IssuedOn,
            Issuer = mention.Issuer,
            Subject = mention.Subject,
            Name = mention.Name,
            Pinpoint = mention.Pinpoint,
            IsSelfReference = mention.IsSelfReference,
            Relation = relation,
            TargetDocumentId = target?.Id,
            TargetSectionId = section?.Id,
            Resolved = target is { HasFullText: true } && note is null,
            Note = note,
            ImplementedByDocumentId = implementedBy,
        };
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

            if (candidates.Count > 1)
            {
                return null;
            }

            return Enrich(candidates.FirstOrDefault(), records, mention);
        }

        if (mention.Name is { } name)
        {
            var key = CitedDocumentKey.Name(name);
            var named = records.Named(key);
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

    private static Section? DeepestSectionAt(IReadOnlyList<Section> sections, int position)
    {
        foreach (var section in sections)
        {
            if (section.Span.Start <= position && position < section.Span.End)
            {
                return DeepestSectionAt(section.Children, position) ?? section;
            }
        }

        return null;
    }

    private static bool SameDocument(DocumentMetadata document, DocumentMetadata facts) =>
        document.Number is { } number && number == facts.Number
        && (document.IssuedOn is null || facts.IssuedOn is null || document.IssuedOn.Value.Year == facts.IssuedOn.Value.Year)
        && (document.Place is null || facts.Place is null || string.Equals(document.Place, facts.Place, StringComparison.OrdinalIgnoreCase));
}
