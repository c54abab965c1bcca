using System.Text;
using HauGiang.LegalKb.Core.Quotations;
using Markdig.Renderers.Normalize;
using Markdig.Renderers.Normalize.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HauGiang.LegalKb.Web.StudyPacks;

/// <summary>
/// Writes a sanitized note back as Markdown (Markdig's normalizer) so that it reads as the booklet shows it: the text
/// is escaped as excerpts are (<see cref="MarkdownText"/>: raw HTML in the note stays text in any viewer), and links
/// are written inline with their already-checked address, never through a reference definition.
/// </summary>
internal static class NoteMarkdownWriter
{
    /// <summary>The Markdown text of <paramref name="document"/>.</summary>
    public static string Write(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new NormalizeRenderer(writer);
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new EscapedLiteralRenderer());
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new InlineLinkRenderer());
        renderer.ObjectRenderers.Replace<LinkReferenceDefinitionGroupRenderer>(new NoDefinitionsRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    // An address in "(…)": what could end it or start markup is percent-encoded.
    private static string Destination(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c <= ' ' || c is '<' or '>' or '(' or ')' or '"' or '\'' or '\\' or '`')
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class EscapedLiteralRenderer : NormalizeObjectRenderer<LiteralInline>
    {
        protected override void Write(NormalizeRenderer renderer, LiteralInline literal) => renderer.Write(MarkdownText.Escape(literal.Content.ToString()));
    }

    private sealed class InlineLinkRenderer : NormalizeObjectRenderer<LinkInline>
    {
        protected override void Write(NormalizeRenderer renderer, LinkInline link)
        {
            renderer.Write(link.IsImage ? "![" : "[");
            renderer.WriteChildren(link);
            renderer.Write("](").Write(Destination(link.Url ?? string.Empty));
            if (link.Title is { Length: > 0 } title)
            {
                renderer.Write(" \"").Write(title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Write('"');
            }

            renderer.Write(')');
        }
    }

    private sealed class NoDefinitionsRenderer : NormalizeObjectRenderer<LinkReferenceDefinitionGroup>
    {
        protected override void Write(NormalizeRenderer renderer, LinkReferenceDefinitionGroup group)
        {
        }
    }
}
