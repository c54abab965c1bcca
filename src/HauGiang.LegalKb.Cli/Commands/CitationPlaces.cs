using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary>Where a citation stands, in words a reader knows: "III.2.2.8", "phần mở đầu", "tiêu đề".</summary>
internal static class CitationPlaces
{
    public static string Of(Citation citation) => citation switch
    {
        { FromLabels.Count: > 0 } => string.Join('.', citation.FromLabels),
        { FromSectionId: null } => "tiêu đề",
        { FromSectionId: var id } when id.EndsWith("preamble", StringComparison.Ordinal) => "phần mở đầu",
        { FromSectionId: var id } when id.EndsWith("conclusions", StringComparison.Ordinal) => "phần kết",
        _ => citation.FromSectionId ?? string.Empty,
    };
}
