using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Reading.Pdf;

/// <summary>
/// Reads the XHTML of "pdftotext -bbox": one &lt;page&gt; per page, one &lt;word xMin yMin xMax yMax&gt; per word, in
/// points from the top-left corner.
/// </summary>
/// <remarks>Pure; never throws. Malformed words are skipped.</remarks>
internal static partial class PopplerBoxes
{
    /// <summary>The words of each page in the output, in page order.</summary>
    public static List<List<(PdfBox Box, string Text)>> Parse(string xhtml)
    {
        var pages = new List<List<(PdfBox, string)>>();
        foreach (var page in xhtml.Split("<page ", StringSplitOptions.None).Skip(1))
        {
            var words = new List<(PdfBox, string)>();
            foreach (Match match in Word().Matches(page))
            {
                if (TryNumber(match, "x0", out var left) && TryNumber(match, "y0", out var top)
                    && TryNumber(match, "x1", out var right) && TryNumber(match, "y1", out var bottom))
                {
                    var text = Paragraphs.Clean(WebUtility.HtmlDecode(match.Groups["text"].Value));
                    if (text.Length > 0)
                    {
                        words.Add((new PdfBox(left, top, right, bottom), text));
                    }
                }
            }

            pages.Add(words);
        }

        return pages;
    }

    private static bool TryNumber(Match match, string group, out double value) =>
        double.TryParse(match.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"<word\s+xMin=""(?<x0>[^""]*)""\s+yMin=""(?<y0>[^""]*)""\s+xMax=""(?<x1>[^""]*)""\s+yMax=""(?<y1>[^""]*)"">(?<text>[^<]*)</word>", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
