using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Cleaning;

/// <summary>
/// Separates a document's own paragraphs from what a site put around them: the numeric id line, the site's copy of the
/// title, the "Số hiệu: … Tình trạng: …" header (kept as facts), the trailer of login prompts and empty tabs, and every
/// furniture paragraph in between (see <see cref="SiteFurniture"/>).
/// </summary>
/// <remarks>Pure; never throws.</remarks>
public static partial class SourceCleaner
{
    // A site header sits within the first paragraphs of an export.
    private const int HeaderSearchWindow = 60;

    /// <summary>Cleans the paragraphs of a source.</summary>
    public static CleanSource Clean(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var start = 0;
        var siteFacts = new DocumentMetadata();
        string? siteTitle = null;

        var headerEnd = FindSiteHeaderEnd(paragraphs);
        if (headerEnd >= 0)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            for (var i = 0; i <= headerEnd; i++)
            {
                var text = paragraphs[i].Text;
                if (StartsWithHeaderKey(text))
                {
                    pairs.AddRange(SplitHeaderLine(text));
                }
                else if (siteTitle is null && !SiteFurniture.IsSiteId(text) && !SiteFurniture.IsFurniture(text))
                {
                    siteTitle = text;
                }
            }

            siteFacts = MetadataFields.FromPairs(pairs);
            start = headerEnd + 1;
        }

        var kept = new List<SourceParagraph>();
        var removed = start;
        var gazette = GazetteFurniture.Find(paragraphs);
        for (var i = start; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            if (gazette.Contains(i))
            {
                removed++;
                continue;
            }

            if (SiteFurniture.IsTrailerMarker(text) && kept.Count > 0)
            {
                removed += paragraphs.Count - i;
                break;
            }

            if (SiteFurniture.IsFurniture(text) || (kept.Count == 0 && SiteFurniture.IsSiteId(text)))
            {
                removed++;
                continue;
            }

            kept.Add(paragraphs[i]);
        }

        return new CleanSource(kept, siteFacts, siteTitle, removed);
    }

    private static int FindSiteHeaderEnd(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var window = Math.Min(paragraphs.Count, HeaderSearchWindow);
        var last = -1;
        var keyLines = 0;
        for (var i = 0; i < window; i++)
        {
            if (StartsWithHeaderKey(paragraphs[i].Text))
            {
                last = i;
                keyLines++;
            }
            else if (keyLines > 0 && !SiteFurniture.IsFurniture(paragraphs[i].Text))
            {
                // The header block is over once a non-key paragraph follows it.
                break;
            }
        }

        // One stray "Số hiệu:" line is not a site header; LawNet prints at least the number, type and dates.
        return keyLines >= 2 ? last : -1;
    }

    private static bool StartsWithHeaderKey(string text) => HeaderKey().Match(text) is { Success: true, Index: 0 };

    private static IEnumerable<KeyValuePair<string, string>> SplitHeaderLine(string text)
    {
        // "Số hiệu: 100/KH-UBND Loại văn bản: Kế hoạch": several keys can share one line.
        var matches = HeaderKey().Matches(text);
        for (var k = 0; k < matches.Count; k++)
        {
            var valueStart = matches[k].Index + matches[k].Length;
            var valueEnd = k + 1 < matches.Count ? matches[k + 1].Index : text.Length;
            yield return new(matches[k].Groups["key"].Value, text[valueStart..valueEnd].Trim());
        }
    }

    [GeneratedRegex(@"(?<key>Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực|Ngày hết hiệu lực)\s*:\s*")]
    private static partial Regex HeaderKey();
}
