
namespace HauGiang.LegalKb.Core.Model;

/// <summary>
/// Where in the cited document a citation points: "điểm a khoản 2 Điều 5" → Article 5, Clause 2, Point a;
/// "mục 2 phần III" → Part III, Section 2. Parts run from the outermost unit inwards.
/// </summary>
/// <param name="Text">The words as written.</param>
/// <param name="Parts">The units, outermost first.</param>
/// <param name="RelativeToArticle">True for "khoản 1 Điều này": the article is the one the citing text is in.</param>
/// <param name="Attachment">"Quy chế" for "Điều 5 của Quy chế ban hành kèm theo Quyết định …": the units are in that attached text.</param>
public sealed record Pinpoint(string Text, IReadOnlyList<PinpointPart> Parts, bool RelativeToArticle = false, string? Attachment = null)
{
    /// <summary>The labels of the parts, outermost first: ["5", "2", "a"].</summary>
    public IEnumerable<string> Labels => Parts.Select(p => p.Label);

    /// <summary>True when the pinpoint names this kind of unit.</summary>
    public bool Has(SectionKind kind) => Parts.Any(p => p.Kind == kind);
}
