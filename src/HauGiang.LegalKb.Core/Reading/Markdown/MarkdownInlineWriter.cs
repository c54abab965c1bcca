using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Core.Reading.Markdown;

/// <summary>
/// The plain text of a tree of Markdown inlines, one string per hard line break: emphasis is stripped, links give
/// their text, inline code its content, images nothing; inline HTML is dropped, and text between an inline
/// &lt;script&gt; (or &lt;style&gt; …) and its end tag is skipped; &lt;br&gt; breaks the line.
/// </summary>
/// <remarks>
/// A soft line break is decided when the line ends: before the start of a numbered unit ("a)", "2.", "1.1.",
/// "Điều 5.") it starts a new line (points typed on consecutive lines), anywhere else it is a space.
/// </remarks>
internal sealed partial class MarkdownInlineWriter
{
    // Stands for a soft line break inside an inline run until the line is complete.
    private const char SoftBreak = '\u0001';

    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private string? _hiddenUntil;

    /// <summary>The plain text of <paramref name="inline"/>, one string per hard line break.</summary>
    internal static List<string> Lines(ContainerInline? inline)
    {
        var writer = new MarkdownInlineWriter();
        if (inline is not null)
        {
            writer.Write(inline);
        }

        return writer.Finish();
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case HtmlInline html:
                WriteHtml(html.Tag ?? "");
                return;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    BreakLine();
                }
                else
                {
                    // Decided when the line ends: a soft break before "a)", "2.", "1.1." or "Điều 5." starts a
                    // new unit (points typed on consecutive lines), any other soft break is a space.
                    Append(SoftBreak.ToString());
                }

                return;
        }

        if (_hiddenUntil is not null)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                Append(literal.Content.ToString());
                break;
            case CodeInline code:
                Append(code.Content);
                break;
            case HtmlEntityInline entity:
                Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                // Emphasis, link text and whatever an extension wraps: only the text inside counts.
                foreach (var child in container)
                {
                    Write(child);
                }

                break;
        }
    }

    private List<string> Finish()
    {
        BreakLine();
        return _lines;
    }

    private void WriteHtml(string tag)
    {
        var hidden = HiddenHtmlTag().Match(tag);
        if (hidden.Success)
        {
            var name = hidden.Groups["tag"].Value.ToLowerInvariant();
            var selfClosing = tag.TrimEnd().EndsWith("/>", StringComparison.Ordinal);
            if (hidden.Groups["close"].Success)
            {
                if (_hiddenUntil == name)
                {
                    _hiddenUntil = null;
                }
            }
            else if (_hiddenUntil is null && !selfClosing)
            {
                _hiddenUntil = name;
            }

            return;
        }

        if (_hiddenUntil is null && LineBreakTag().IsMatch(tag))
        {
            BreakLine();
        }
    }

    private void Append(string text) => _line.Append(text);

    private void BreakLine()
    {
        if (_line.Length > 0)
        {
            var pieces = _line.ToString().Split(SoftBreak);
            var current = new StringBuilder(pieces[0]);
            foreach (var piece in pieces.Skip(1))
            {
                if (UnitMarker().IsMatch(piece))
                {
                    _lines.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(' ');
                }

                current.Append(piece);
            }

            _lines.Add(current.ToString());
            _line.Clear();
        }
    }

    [GeneratedRegex(@"^<\s*(?<close>/)?\s*(?<tag>script|style|noscript|template|textarea|svg|iframe|object)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenHtmlTag();

    [GeneratedRegex(@"^<\s*br\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    // The start of a numbered unit: "a) ", "đ) ", "2. ", "1.1. ", "Điều 5.", "Khoản 2".
    [GeneratedRegex(@"^\s*(?:[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)")]
    private static partial Regex UnitMarker();
}
