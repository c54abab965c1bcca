using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using HauGiang.LegalKb.Core.Reading.Html;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads HTML pages, including pages saved from legal-document sites (LawNet, Thư viện Pháp luật): keeps the text of
/// the document's content container (or of the body), drops site furniture, and turns blocks into paragraphs.
/// </summary>
/// <remarks>
/// Only text comes out: scripts, styles, embedded objects and form controls are removed before any text is taken, and
/// nothing is executed. Headings h1–h6 keep their level. Table rows of short cells become one paragraph; layout tables
/// (the header and "Nơi nhận" / signature tables of Vietnamese documents) yield each line as its own paragraph, left
/// column before right column. A page that is plain text without tags is read line by line.
/// Metadata keys: "title" (from &lt;title&gt;) and "description" (from &lt;meta name="description"&gt;).
/// Stateless and thread-safe; never throws on bad input.
/// This class is the entry point (decoding, metadata, parse warnings); the work on the tree lives in the Html folder:
/// <see cref="HtmlNeverText"/> drops what is never text, <see cref="HtmlContentArea"/> chooses the content and drops
/// furniture, <see cref="HtmlParagraphWalker"/> turns what is left into paragraphs.
/// </remarks>
public sealed partial class HtmlReader : ISourceReader
{
    // A declared charset must sit near the top of the page (the HTML standard looks at the first 1024 bytes).
    private const int CharsetScanBytes = 4096;

    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".html" or ".htm";

    /// <inheritdoc />
    /// <remarks>
    /// Fails with <see cref="ReadErrors.NoHtmlBody"/> when the page has no text once furniture is removed; the
    /// decoder's error when the bytes cannot be decoded. A page with syntax errors that still has text is read, with
    /// one Vietnamese warning summarising the errors.
    /// </remarks>
    public ReadResult Read(SourceFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes, FindDeclaredCharset(file.Bytes), out var error);
        if (decoded is null)
        {
            return ReadResult.Fail(error ?? ReadErrors.UnknownEncoding);
        }

        // The parser itself slows with the square of nesting: a page far deeper than any document is refused unparsed.
        if (HtmlNodes.RoughDepth(decoded.Text) > 2 * HtmlNodes.MaxDepth)
        {
            return ReadResult.Fail(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.NestedTooDeep, HtmlNodes.MaxDepth));
        }

        var document = new HtmlDocument();
        document.LoadHtml(decoded.Text);
        if (HtmlNodes.Depth(document.DocumentNode) > HtmlNodes.MaxDepth)
        {
            // Every walk of a tree this deep costs depth × nodes: no document nests so, a hostile page does.
            return ReadResult.Fail(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.NestedTooDeep, HtmlNodes.MaxDepth));
        }

        if (!HasElements(document.DocumentNode))
        {
            // Plain text saved with an .html name: one paragraph per line, as the plain-text reader does.
            var plain = string.Concat(document.DocumentNode.ChildNodes.OfType<HtmlTextNode>().Select(t => t.Text));
            var lines = Paragraphs.FromLines(HtmlEntity.DeEntitize(plain));
            return lines.Count == 0
                ? ReadResult.Fail(ReadErrors.Empty)
                : ReadResult.Ok(new SourceText("html", decoded.Encoding, lines, new Dictionary<string, string>()));
        }

        // Metadata first: <title> and <meta> are never text and go with the rest of the never-text elements.
        var metadata = ReadMetadata(document.DocumentNode);
        HtmlNeverText.RemoveFrom(document.DocumentNode);
        var root = HtmlContentArea.Extract(document.DocumentNode);

        var paragraphs = HtmlParagraphWalker.ParagraphsOf(root);
        if (paragraphs.Count == 0)
        {
            return ReadResult.Fail(ReadErrors.NoHtmlBody);
        }

        var warning = DescribeParseErrors(document.ParseErrors?.ToList() ?? []);
        return ReadResult.Ok(
            new SourceText("html", decoded.Encoding, paragraphs, metadata),
            warning is null ? null : [warning]);
    }

    /// <summary>
    /// The text paragraphs of an HTML fragment (a Markdown HTML block): scripts, styles, embedded objects and form
    /// controls are dropped, blocks and &lt;br&gt; split paragraphs. No furniture detection, no metadata.
    /// </summary>
    internal static List<SourceParagraph> ParagraphsOfFragment(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        HtmlNeverText.RemoveFrom(document.DocumentNode);
        return HtmlParagraphWalker.ParagraphsOf(document.DocumentNode);
    }

    /// <summary>The charset a &lt;meta&gt; tag declares in the first bytes ("windows-1258"), lower case; else null.</summary>
    internal static string? FindDeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, CharsetScanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value.ToLowerInvariant() : null;
    }

    private static bool HasElements(HtmlNode node)
    {
        foreach (var descendant in node.Descendants())
        {
            if (descendant.NodeType == HtmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> ReadMetadata(HtmlNode documentNode)
    {
        var metadata = new Dictionary<string, string>();
        foreach (var element in HtmlNodes.Elements(documentNode))
        {
            if (element.Name == "title" && !metadata.ContainsKey("title") && !HtmlNodes.HasAncestor(element, "svg"))
            {
                var title = Paragraphs.Clean(HtmlEntity.DeEntitize(element.InnerText));
                if (title.Length > 0)
                {
                    metadata["title"] = title;
                }
            }
            else if (element.Name == "meta" && !metadata.ContainsKey("description")
                && string.Equals(element.GetAttributeValue("name", ""), "description", StringComparison.OrdinalIgnoreCase))
            {
                var description = Paragraphs.Clean(HtmlEntity.DeEntitize(element.GetAttributeValue("content", "")));
                if (description.Length > 0)
                {
                    metadata["description"] = description;
                }
            }
        }

        return metadata;
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"</?(?<tag>[A-Za-z][A-Za-z0-9:-]*)")]
    private static partial Regex TagName();

    // "HTML không chuẩn: 3 lỗi cú pháp (dòng 12: thẻ <p> chưa đóng)": the count and the first error, or null.
    private static string? DescribeParseErrors(IReadOnlyList<HtmlParseError> errors)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        // A missing </html> or </body> only says the file was cut short; an error inside the text says more.
        var first = errors
            .Select(e => (Error: e, Tag: ErrorTag(e)))
            .OrderBy(e => e.Tag is "html" or "body" or "head" ? 1 : 0)
            .ThenBy(e => e.Error.Line)
            .ThenBy(e => e.Error.LinePosition)
            .First();
        var tag = first.Tag;
        var what = first.Error.Code switch
        {
            HtmlParseErrorCode.TagNotClosed => $"thẻ <{tag}> chưa đóng",
            HtmlParseErrorCode.TagNotOpened => $"thẻ đóng </{tag}> không có thẻ mở",
            HtmlParseErrorCode.EndTagNotRequired => $"thẻ <{tag}> không cần thẻ đóng",
            HtmlParseErrorCode.EndTagInvalidHere => $"thẻ đóng </{tag}> đặt sai chỗ",
            HtmlParseErrorCode.CharsetMismatch => "bảng mã khai báo không khớp",
            _ => "lỗi cú pháp",
        };
        return $"HTML không chuẩn: {errors.Count} lỗi cú pháp (dòng {first.Error.Line}: {what}).";
    }

    private static string ErrorTag(HtmlParseError error)
    {
        var match = TagName().Match(error.SourceText is { Length: > 0 } source ? source : error.Reason ?? "");
        return match.Success ? match.Groups["tag"].Value.ToLowerInvariant() : "?";
    }
}
