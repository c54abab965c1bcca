using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Quotations;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// A document laid out to print: its facts and the text of its units (the whole document, or page <see cref="Page"/>
/// of a long one), citations as plain words, and the documents it cites as a list at the end.
/// </summary>
public sealed record DocumentPrintModel(KnowledgeBase KnowledgeBase, LegalDocument Document, int Page, string BaseUrl)
{
    /// <summary>The document's permanent address.</summary>
    public string PermanentLink => Shared.Links.Absolute(BaseUrl, Shared.Links.Document(Document.Id));

    /// <summary>The layout of the document.</summary>
    public DocumentLayout Layout => DocumentLayout.Of(Document);

    /// <summary>The units printed, in document order.</summary>
    public IEnumerable<DocumentLayout.Unit> Units => Layout.UnitsOn(Page);

    /// <summary>
    /// Every document the printed text cites, in the order of its first mention, in the full citation form (the
    /// words as written when the document is not known).
    /// </summary>
    public IReadOnlyList<string> References()
    {
        var printed = Units.Select(u => u.Section.Id).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var citation in KnowledgeBase.CitationsFrom(Document.Id).Where(c => !c.IsSelfReference).OrderBy(c => c.Span.Start))
        {
            if (citation.FromSectionId is { } from && !printed.Contains(from))
            {
                continue;
            }

            var target = citation.TargetDocumentId is { } id ? KnowledgeBase.FindDocument(id) : null;
            var line = target is null ? citation.Text : CitationFormatter.Cite(target, null, CitationForm.Full);
            if (seen.Add(target?.Id.Value ?? citation.Text))
            {
                list.Add(line);
            }
        }

        return list;
    }
}
