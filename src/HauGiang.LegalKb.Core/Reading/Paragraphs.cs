using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>Helpers readers share to turn text into <see cref="SourceParagraph"/>s.</summary>
public static class Paragraphs
{
    /// <summary>
    /// One paragraph per non-blank line (LF, CRLF or CR). Lines holding only spaces or no-break spaces are blank.
    /// Each paragraph is normalised and trimmed.
    /// </summary>
    public static List<SourceParagraph> FromLines(string text)
    {
        var result = new List<SourceParagraph>();
        foreach (var line in text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            var paragraph = Clean(line);
            if (paragraph.Length > 0)
            {
                result.Add(new SourceParagraph(paragraph));
            }
        }

        return result;
    }

    /// <summary>
    /// Normalises one line of text: NFC, Ð → Đ, every run of spaces (no-break ones included) becomes one space, ends trimmed.
    /// Returns "" for a blank line.
    /// </summary>
    public static string Clean(string line)
    {
        if (VietnameseText.IsBlank(line))
        {
            return string.Empty;
        }

        var normalized = VietnameseText.Normalize(line);
        var builder = new System.Text.StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (VietnameseText.IsSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
