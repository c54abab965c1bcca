using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>
/// Build step "resolve" (pass two): each reference becomes a citation from the section it stands in to its document
/// and, where the text is in the corpus, to the pinpointed section; a relation (implements, based on) where the
/// title, preamble or closing states it.
/// </summary>
internal static class CitationResolution
{
    /// <summary>Why a number shared by several documents is left unresolved.</summary>
    public const string Ambiguous = "Không xác định được văn bản: số hiệu ứng với nhiều văn bản.";

    /// <summary>Why a citation of a document whose text is not in the knowledge base does not land on text.</summary>
    public const string NoText = "Chưa có toàn văn trong corpus.";

    public static IReadOnlyList<Citation> Run(IReadOnlyList<LinkedReference> references, IReadOnlyDictionary<DocumentRecord, LegalDocument> documents) =>
        references.Select(r => Resolve(
                documents[r.Citing],
                r.Mention,
                r.Mention.IsSelfReference ? documents[r.Citing] : r.Target is { } target ? documents[target] : null,
                r.Implementer is { } implementer ? documents[implementer].Id : null))
            .ToList();

    private static Citation Resolve(LegalDocument citing, CitationMention mention, LegalDocument? target, DocumentId? implementedBy)
    {
        // A document that names its own number ("ban hành kèm theo Quyết định số …" in its attachment) refers to itself.
        mention = target is not null && target.Id == citing.Id ? mention with { IsSelfReference = true } : mention;
        var outline = DocumentOutline.Of(citing);
        var from = outline.SectionAt(mention.Span.Start);
        var path = from is null ? [] : outline.Path(from.Id);

        // Document-level relations are stated in the title, the preamble and the closing; in the body a mention cites.
        var statesRelation = from is null || path[0].Kind is SectionKind.Preamble or SectionKind.Closing;
        var relation = !mention.IsSelfReference && statesRelation && implementedBy is null ? mention.LeadIn : RelationKind.Cites;
        var (section, note) = Land(mention, target, path);

        return new Citation
        {
            FromDocumentId = citing.Id,
            FromSectionId = from?.Id,
            FromLabels = from?.Labels ?? [],
            Span = mention.Span,
            Text = mention.Text,
            Number = mention.IsSelfReference ? target?.Metadata.Number ?? mention.Number : mention.Number,
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
            Resolved = target is { HasFullText: true } && (note is null || section is not null),
            Note = note,
            ImplementedByDocumentId = implementedBy,
        };
    }

    // The section a reference lands on, or why it lands on none.
    private static (Section? Section, string? Note) Land(CitationMention mention, LegalDocument? target, IReadOnlyList<Section> citingPath)
    {
        if (target is null)
        {
            return (null, Ambiguous);
        }

        if (!target.HasFullText)
        {
            return (null, NoText);
        }

        // "Quy chế này" inside the Quy chế a decision issues is the Quy chế, not the decision.
        var attachment = mention.IsSelfReference
            ? citingPath.LastOrDefault(s => s.Kind == SectionKind.Attachment && mention.Type is { } t && s.Label.Equals(t.Name, StringComparison.OrdinalIgnoreCase))
            : null;
        if (mention.Pinpoint is not { } pinpoint)
        {
            return (attachment, null);
        }

        var scope = mention.IsSelfReference
            ? citingPath.FirstOrDefault(s => s.Kind == SectionKind.Attachment)
            : pinpoint.Attachment is { } attached
                ? target.Sections.FirstOrDefault(s => s.Kind == SectionKind.Attachment && s.Label.Equals(attached, StringComparison.OrdinalIgnoreCase))
                : null;
        var landing = PinpointLocator.Land(target, pinpoint, attachment ?? scope, citingPath);
        if (landing.Section is null)
        {
            return (null, $"Không tìm thấy {pinpoint.Text} trong văn bản.");
        }

        // A unit the text lacks ("điểm đ" of a clause without points): the nearest unit that exists, and the note says so.
        return landing.Matched == pinpoint.Parts.Count
            ? (landing.Section, null)
            : (landing.Section, $"Không tìm thấy {pinpoint.Text} trong văn bản; dẫn đến {Unit(pinpoint, landing.Matched)}.");
    }

    // "khoản 2 Điều 5" for the first parts of a pinpoint, innermost first as Vietnamese writes them; "Điều này" for the citing article.
    private static string Unit(Pinpoint pinpoint, int parts)
    {
        var words = pinpoint.Parts.Take(parts).Reverse().Select(p => $"{UnitWord(p.Kind)} {p.Label}").ToList();
        if (pinpoint.RelativeToArticle)
        {
            words.Add("Điều này");
        }

        return string.Join(' ', words);
    }

    private static string UnitWord(SectionKind kind) => kind switch
    {
        SectionKind.Article => "Điều",
        SectionKind.Clause => "khoản",
        SectionKind.Point => "điểm",
        SectionKind.Part => "phần",
        SectionKind.Section => "mục",
        SectionKind.Subsection => "tiểu mục",
        _ => SectionKindNames.Vietnamese(kind).ToLowerInvariant(),
    };
}
