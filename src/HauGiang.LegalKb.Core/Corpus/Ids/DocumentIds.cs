using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>
/// Makes new ids from a document's number and year: "100-kh-ubnd-2024", "43-nq-tw-2023", "59-2023-nd-cp".
/// Numbers are not unique (every province issues a 100/KH-UBND each year; Party numbers restart each term), so when
/// two new documents would share an id both get their place ("100-kh-ubnd-2024-hau-giang", "…-can-tho"), and a new
/// document whose id is already held gets its place: the holder keeps its id (<see cref="IdAssignment"/>).
/// </summary>
public static partial class DocumentIds
{
    // Room for a place and a counter after a name's slug, within DocumentId.MaxLength.
    private const int MaxNameSlug = 120;

    /// <summary>The id a document would have on its own (no collision).</summary>
    public static string BaseId(DocumentMetadata metadata, string fallbackName)
    {
        if (metadata.Number is { } number)
        {
            var slug = number.ToSlug();
            return number.Year is null && metadata.IssuedOn is { } date ? $"{slug}-{date.Year}" : slug;
        }

        var name = metadata.Title is { Length: > 0 } title
            ? string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
            : Path.GetFileNameWithoutExtension(fallbackName);
        var fromName = VietnameseText.Slugify(name);
        fromName = fromName.Length > MaxNameSlug ? fromName[..MaxNameSlug].TrimEnd('-') : fromName;
        return fromName.Length > 0 ? fromName : "van-ban";
    }

    /// <summary>
    /// Assigns new ids to documents at once. <paramref name="candidates"/> are (metadata, fallback name) pairs in a
    /// stable order; the result has one id per candidate, in the same order, all distinct and none in <paramref name="reserved"/>.
    /// </summary>
    public static IReadOnlyList<DocumentId> Assign(IReadOnlyList<(DocumentMetadata Metadata, string FallbackName)> candidates, IReadOnlySet<DocumentId>? reserved = null)
    {
        reserved ??= new HashSet<DocumentId>();
        var ids = candidates.Select(c => BaseId(c.Metadata, c.FallbackName)).ToArray();
        var crowded = Enumerable.Range(0, ids.Length).GroupBy(i => ids[i])
            .Where(g => g.Count() > 1 || reserved.Contains(DocumentId.Of(g.Key)))
            .ToList();
        foreach (var group in crowded)
        {
            foreach (var i in group)
            {
                var place = PlaceOf(candidates[i].Metadata);
                if (place.Length > 0)
                {
                    ids[i] = $"{group.Key}-{place}";
                }
            }
        }

        // Whatever still collides (same number, year and place, or no place known) is told apart by order.
        var used = new HashSet<string>(reserved.Select(r => r.Value), StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var candidate = ids[i];
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{ids[i]}-{n}";
            }

            ids[i] = candidate;
        }

        return ids.Select(DocumentId.Of).ToList();
    }

    /// <summary>The place a document is issued for, as a slug ("hau-giang"), from its place or its issuer; "" when unknown.</summary>
    public static string PlaceOf(DocumentMetadata metadata)
    {
        if (metadata.Place is { Length: > 0 } place)
        {
            return VietnameseText.Slugify(place);
        }

        return metadata.Issuer is { } issuer && PlaceInIssuer().Match(issuer) is { Success: true } m
            ? VietnameseText.Slugify(m.Groups["place"].Value)
            : string.Empty;
    }

    // "Ủy ban nhân dân tỉnh Hậu Giang" → "Hậu Giang".
    [GeneratedRegex(@"(?:tỉnh|thành phố|huyện|thị xã|quận)\s+(?<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)")]
    private static partial Regex PlaceInIssuer();
}
