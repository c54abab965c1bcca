using System.Text;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>
/// Text a user typed into a request (a study pack's title and notes), made fit for every form the service writes it
/// into: pages, Markdown, and Word files, whose XML cannot hold most control characters at all.
/// </summary>
public static class UserText
{
    /// <summary>
    /// <paramref name="text"/> without what XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage
    /// return are dropped (vertical tab and form feed become line feeds, as a line break is what they meant), so are
    /// U+FFFE and U+FFFF; a lone surrogate becomes U+FFFD. Returns the same instance when nothing changes.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnfit(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\v' or '\f')
            {
                builder.Append('\n');
            }
            else if (IsFit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> on one line: every line break becomes a space (for titles and headings).</summary>
    public static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            : text;

    private static int FirstUnfit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsFit(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsFit(char c) => c >= ' ' ? c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r';
}
