using System.Text;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>Text that a Markdown renderer shows exactly as written: every character with a Markdown meaning is escaped.</summary>
public static class MarkdownText
{
    // Characters CommonMark may read as markup anywhere in a line.
    private const string Inline = "\\`*_[]<>|~&";

    // Characters that open a block at the start of a line ("# …", "- …", "+ …", "= …").
    private const string BlockStart = "#-+=";

    /// <summary>Escapes <paramref name="text"/> (one line or several) so that it renders as itself.</summary>
    public static string Escape(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = EscapeLine(lines[i]);
        }

        return string.Join('\n', lines);
    }

    private static string EscapeLine(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        var start = 0;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        // "1. …" and "1) …" open an ordered list (the mark is followed by a space or ends the line): escape the mark.
        var digits = start;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        var listMark = digits > start && digits - start <= 9 && digits < line.Length && line[digits] is '.' or ')'
            && (digits + 1 == line.Length || line[digits + 1] is ' ' or '\t')
            ? digits
            : -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (Inline.Contains(c) || (i == start && BlockStart.Contains(c)) || i == listMark)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
