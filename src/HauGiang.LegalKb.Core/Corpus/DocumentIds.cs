using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Gives documents stable ids from their number and year: "100-kh-ubnd-2024", "43-nq-tw-2023", "59-2023-nd-cp".
/// Numbers are not unique (every province issues a 100/KH-UBND each year; Party numbers restart each term), so when
/// two documents would share an id both get their place: "100-kh-ubnd-2024-hau-giang", "100-kh-ubnd-2024-can-tho".
/// </summary>
public static partial class DocumentIds
{
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
        return fromName.Length > 0 ? fromName : "van-ban";
    }

    /// <summary>
    /// Assigns ids to all documents at once. <paramref name="candidates"/> are (metadata, fallback name) pairs in a
    /// stable order; the result has one id per candidate, in the same order, all distinct.
    /// </summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<(DocumentMetadata Metadata, string FallbackName)> candidates)
    {
        var ids = candidates.Select(c => BaseId(c.Metadata, c.FallbackName)).ToArray();
        foreach (var group in Enumerable.Range(0, ids.Length).GroupBy(i => ids[i]).Where(g => g.Count() > 1).ToList())
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
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var candidate = ids[i];
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{ids[i]}-{n}";
            }

            ids[i] = candidate;
        }

        return ids;
    }

    private static string PlaceOf(DocumentMetadata metadata)
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
