using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>The permanent addresses of the site: a document at /van-ban/{id}, a section at /van-ban/{id}/{eId}.</summary>
public static class Links
{
    /// <summary>The home page, with the search form.</summary>
    public const string Home = "/";

    /// <summary>Search results.</summary>
    public const string Search = "/tim-kiem";

    /// <summary>The list of documents.</summary>
    public const string Documents = "/van-ban";

    /// <summary>The diagram of documents and relationships.</summary>
    public const string Diagram = "/so-do";

    /// <summary>"/van-ban/100-kh-ubnd-2024".</summary>
    public static string Document(DocumentId documentId) => $"{Documents}/{Uri.EscapeDataString(documentId.Value)}";

    /// <summary>"/van-ban/100-kh-ubnd-2024/part_III__sec_5".</summary>
    public static string Section(SectionId sectionId) => $"{Document(sectionId.Document)}/{Uri.EscapeDataString(sectionId.EId)}";

    /// <summary>The section's own page.</summary>
    public static string Section(Section section) => Section(section.Id);

    /// <summary>The section's place in the document's full text ("/van-ban/…#part_III__sec_5").</summary>
    public static string InDocument(Section section) => $"{Document(section.DocumentId)}#{Uri.EscapeDataString(section.EId)}";

    /// <summary>Where a citation leads: the pinpointed section, else the document; null when the target is unknown.</summary>
    public static string? Target(Citation citation) =>
        citation.TargetSectionId is { } section ? Section(section)
        : citation.TargetDocumentId is { } document ? Document(document)
        : null;

    /// <summary>Where a citation stands: the citing section, else the citing document.</summary>
    public static string Source(Citation citation) =>
        citation.FromSectionId is { } section ? Section(section) : Document(citation.FromDocumentId);

    /// <summary>A link that is only ever absolute with the site's own base, for permanent links shown to users.</summary>
    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;
}
