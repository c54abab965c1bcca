using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>
/// The level a document is issued at, from its issuing body: the centre (Party Central Committee, Politburo, Secretariat,
/// National Assembly, Government), the province's Party and council, then the province's government and its plans.
/// </summary>
public static class DiagramLevels
{
    /// <summary>The levels in order, left to right (the third holds the plans and programmes of the province's government).</summary>
    public static readonly IReadOnlyList<string> Names = ["Trung ương", "Tỉnh ủy", "Ủy ban nhân dân tỉnh"];

    private static readonly string[] s_central = ["Trung ương", "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ", "Thủ tướng"];
    private static readonly string[] s_provinceParty = ["Đảng bộ tỉnh", "Tỉnh ủy", "Hội đồng nhân dân tỉnh"];

    /// <summary>The level of <paramref name="document"/>'s issuing body, or null when it is not known.</summary>
    public static int? Of(LegalDocument document) => document.Metadata.Issuer is not { Length: > 0 } issuer
        ? null
        : s_central.Any(w => issuer.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 0
        : s_provinceParty.Any(w => issuer.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1
        : 2;

    /// <summary>
    /// Every document's level; one whose issuer is not known stands one level after the documents it relates to
    /// (the centre when it relates to none).
    /// </summary>
    public static Dictionary<DocumentId, int> All(IReadOnlyList<LegalDocument> documents, IReadOnlyList<Diagram.Arrow> arrows)
    {
        var levels = documents.ToDictionary(d => d.Id, d => Of(d) ?? -1);
        foreach (var unknown in documents.Where(d => levels[d.Id] < 0))
        {
            var targets = arrows.Where(a => a.From == unknown.Id).Select(a => levels.GetValueOrDefault(a.To, -1)).Where(l => l >= 0).ToList();
            levels[unknown.Id] = targets.Count == 0 ? 0 : Math.Min(Names.Count - 1, targets.Max() + 1);
        }

        return levels;
    }
}
