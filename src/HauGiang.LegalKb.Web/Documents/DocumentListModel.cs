using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>
/// <c>/van-ban</c>: every document, filtered by type, issuing body and year of issue, sorted by one of them
/// (<c>?type=…&amp;issuer=…&amp;year=…&amp;sort=nam-moi|nam-cu|loai|co-quan</c>).
/// </summary>
public sealed record DocumentListModel(KnowledgeBase KnowledgeBase, string? Type, string? Issuer, int? Year, string Sort)
{
    /// <summary>The orders offered, by their value in the address.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
    [
        ("", "Mặc định (văn bản có toàn văn trước)"),
        ("nam-moi", "Năm ban hành, mới nhất trước"),
        ("nam-cu", "Năm ban hành, cũ nhất trước"),
        ("loai", "Loại văn bản"),
        ("co-quan", "Cơ quan ban hành"),
    ];

    /// <summary>The list as the address asks for it, or null with the reason when a value cannot be read.</summary>
    public static DocumentListModel? Read(KnowledgeBase knowledgeBase, IQueryCollection query, out string? error)
    {
        error = null;
        int? year = null;
        if (query["year"].FirstOrDefault() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1900 or > 2200)
            {
                error = "Tham số year phải là một năm từ 1900 đến 2200.";
                return null;
            }

            year = value;
        }

        var sort = query["sort"].FirstOrDefault() ?? string.Empty;
        return new DocumentListModel(knowledgeBase, Blank(query["type"].FirstOrDefault()), Blank(query["issuer"].FirstOrDefault()), year, Sorts.Any(s => s.Value == sort) ? sort : string.Empty);
    }

    /// <summary>True when a filter is set.</summary>
    public bool IsFiltered => Type is not null || Issuer is not null || Year is not null;

    /// <summary>The documents kept, in the order asked for.</summary>
    public IReadOnlyList<LegalDocument> Documents
    {
        get
        {
            var kept = KnowledgeBase.Documents.Where(d =>
                (Type is null || d.Metadata.Type?.Name == Type)
                && (Issuer is null || d.Metadata.Issuer == Issuer)
                && (Year is null || d.Metadata.IssuedOn?.Year == Year));
            return (Sort switch
            {
                "nam-moi" => kept.OrderByDescending(d => d.Metadata.IssuedOn ?? DateOnly.MinValue),
                "nam-cu" => kept.OrderBy(d => d.Metadata.IssuedOn ?? DateOnly.MaxValue),
                "loai" => kept.OrderBy(d => d.Metadata.Type?.Name ?? "~", StringComparer.Create(Vietnamese, false)).ThenBy(d => d.Metadata.IssuedOn),
                "co-quan" => kept.OrderBy(d => d.Metadata.Issuer ?? "~", StringComparer.Create(Vietnamese, false)).ThenBy(d => d.Metadata.IssuedOn),
                _ => kept,
            }).ToList();
        }
    }

    /// <summary>The types, issuing bodies and years the documents have, to choose from.</summary>
    public IReadOnlyList<string> Types => Distinct(d => d.Metadata.Type?.Name);

    public IReadOnlyList<string> Issuers => Distinct(d => d.Metadata.Issuer);

    public IReadOnlyList<int> Years => KnowledgeBase.Documents.Select(d => d.Metadata.IssuedOn?.Year).OfType<int>().Distinct().OrderDescending().ToList();

    private static CultureInfo Vietnamese => CultureInfo.GetCultureInfo("vi-VN");

    private IReadOnlyList<string> Distinct(Func<LegalDocument, string?> value) =>
        KnowledgeBase.Documents.Select(value).OfType<string>().Distinct().Order(StringComparer.Create(Vietnamese, false)).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
