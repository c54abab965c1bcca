using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Cleaning;

/// <summary>A source's own paragraphs after <see cref="SourceCleaner"/>, with the facts its site header gave.</summary>
/// <param name="Paragraphs">The document's paragraphs, furniture removed.</param>
/// <param name="SiteFacts">Facts from the site's header; placeholders already dropped.</param>
/// <param name="SiteTitle">The site's own title line, a fallback when the document has none.</param>
/// <param name="RemovedParagraphs">How many paragraphs were furniture.</param>
public sealed record CleanSource(
    IReadOnlyList<SourceParagraph> Paragraphs,
    DocumentMetadata SiteFacts,
    string? SiteTitle,
    int RemovedParagraphs);
