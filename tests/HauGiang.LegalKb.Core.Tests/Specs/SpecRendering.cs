using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Specs;

/// <summary>How the specs write what the pipeline made: outlines, facts and citations as lines.</summary>
internal static class SpecRendering
{
    /// <summary>"kind:label — Title" per section, two spaces of indent per level; preamble and closing by kind alone.</summary>
    public static List<string> Outline(LegalDocument document, bool withTitles) =>
        document.AllSections().Select(s => Unit(document, s, withTitles)).ToList();

    /// <summary>"field: value" for every fact the spec names ("-" for unknown).</summary>
    public static List<string> Facts(DocumentMetadata m, IEnumerable<string> fields) => fields.Select(field => $"{field}: {Fact(m, field) ?? "-"}").ToList();

    /// <summary>"from | words | target" per citation, in order; from is the citing section's eId or "title", target a document id, id/eId, or "?".</summary>
    public static List<string> Citations(KnowledgeBase knowledgeBase, LegalDocument document) =>
        knowledgeBase.CitationsFrom(document.Id)
            .Select(c => $"{c.FromSectionId?.EId ?? "title"} | {c.Text} | {c.TargetSectionId?.ToString() ?? c.TargetDocumentId?.Value ?? "?"}")
            .ToList();

    private static string Unit(LegalDocument document, Section section, bool withTitle)
    {
        var depth = DocumentOutline.Of(document).Ancestors(section.Id).Count;
        var kind = section.Kind.ToString().ToLowerInvariant();
        var unit = section.Label.Length > 0 ? $"{kind}:{section.Label}" : kind;
        return new string(' ', depth * 2) + (withTitle && section.Title is { } title ? $"{unit} — {title}" : unit);
    }

    private static string? Fact(DocumentMetadata m, string field) => field switch
    {
        "number" => m.Number?.Value,
        "type" => m.Type?.Name,
        "title" => m.Title,
        "issuer" => m.Issuer,
        "place" => m.Place,
        "issuedOn" => m.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "signer" => m.Signer,
        "signerTitle" => m.SignerTitle,
        "capacity" => m.SigningCapacity.Count == 0 ? null : string.Join(" / ", m.SigningCapacity),
        _ => $"(no fact named {field})",
    };
}
