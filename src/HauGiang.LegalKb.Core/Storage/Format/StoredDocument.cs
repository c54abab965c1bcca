using System.Text.Json.Serialization;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Storage.Format;

/// <summary>A document as a generation stores it (documents.json). Section texts are not stored: each is its span of the cleaned text.</summary>
/// <param name="FromEditor">The facts an editor gave; left out of the file when none (older generations have none).</param>
internal sealed record StoredDocument(
    string Id,
    StoredMetadata Metadata,
    string? SourcePath,
    DocumentSource? Source,
    string CleanedText,
    IReadOnlyList<StoredSection> Sections,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] DocumentFacts FromEditor = DocumentFacts.None)
{
    public static StoredDocument From(LegalDocument document) => new(
        document.Id.Value,
        StoredMetadata.From(document.Metadata),
        document.SourcePath,
        document.Source,
        document.CleanedText,
        document.Sections.Select(StoredSection.From).ToList(),
        document.FromEditor);

    /// <exception cref="FormatException">An id, number or type that the model does not accept: the file is damaged.</exception>
    public LegalDocument ToDocument()
    {
        var id = DocumentId.TryParse(Id, out var parsed) ? parsed : throw new FormatException($"Mã văn bản không hợp lệ: {Id}");
        return new LegalDocument
        {
            Id = id,
            Metadata = Metadata.ToMetadata(),
            FromEditor = FromEditor,
            SourcePath = SourcePath,
            Source = Source,
            CleanedText = CleanedText,
            Sections = Sections.Select(s => s.ToSection(id, CleanedText)).ToList(),
        };
    }
}

/// <summary>A section as a generation stores it.</summary>
internal sealed record StoredSection(
    string EId,
    SectionKind Kind,
    string Label,
    IReadOnlyList<string> Labels,
    string? Title,
    string? Heading,
    int Order,
    TextSpan Span,
    TextSpan TextSpan,
    IReadOnlyList<StoredSection> Children)
{
    public static StoredSection From(Section section) => new(
        section.EId, section.Kind, section.Label, section.Labels, section.Title, section.Heading, section.Order, section.Span, section.TextSpan,
        section.Children.Select(From).ToList());

    /// <exception cref="FormatException">The eId or a span does not fit the document: the file is damaged.</exception>
    public Section ToSection(DocumentId document, string cleanedText)
    {
        if (!SectionId.TryCreate(document.Value, EId, out var id) || TextSpan.Start < 0 || TextSpan.End > cleanedText.Length)
        {
            throw new FormatException($"Mục không hợp lệ: {document}/{EId}");
        }

        return new Section
        {
            Id = id,
            Kind = Kind,
            Label = Label,
            Labels = Labels,
            Title = Title,
            Heading = Heading,
            Text = TextSpan.Slice(cleanedText),
            Order = Order,
            Span = Span,
            TextSpan = TextSpan,
            Children = Children.Select(c => c.ToSection(document, cleanedText)).ToList(),
        };
    }
}
