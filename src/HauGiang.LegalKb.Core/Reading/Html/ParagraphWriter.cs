using System.Text;

namespace HauGiang.LegalKb.Core.Reading.Html;

/// <summary>
/// Collects text into paragraphs: text accumulates on the current line, <see cref="Break"/> closes it.
/// </summary>
/// <remarks>
/// Carries the state the walk sets around a subtree: the heading level of the text, whether it is preformatted (each
/// line its own paragraph) and the list marker the next paragraph starts with. One writer a walk; table cells get
/// writers of their own so their paragraphs can be joined or kept apart afterwards.
/// </remarks>
internal sealed class ParagraphWriter
{
    private readonly StringBuilder _line = new();

    public List<SourceParagraph> Output { get; } = [];

    public int HeadingLevel { get; set; }

    public bool Preformatted { get; set; }

    // The list marker ("2.", "-") the next paragraph starts with, unless it already starts with it.
    public string? PendingPrefix { get; set; }

    public void AppendText(string text)
    {
        if (!Preformatted)
        {
            _line.Append(text);
            return;
        }

        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Break();
            }

            _line.Append(lines[i]);
        }
    }

    public void Break()
    {
        if (_line.Length == 0)
        {
            return;
        }

        var text = _line.ToString();
        _line.Clear();
        Emit(text, HeadingLevel);
    }

    public void Emit(string text, int headingLevel, ParagraphLayout? layout = null)
    {
        var clean = Paragraphs.Clean(text);
        if (clean.Length == 0)
        {
            return;
        }

        if (PendingPrefix is { } prefix)
        {
            PendingPrefix = null;
            if (!StartsWithMarker(clean, prefix))
            {
                clean = prefix + " " + clean;
            }
        }

        Output.Add(new SourceParagraph(clean, headingLevel, layout));
    }

    private static bool StartsWithMarker(string text, string prefix) =>
        prefix == "-"
            ? text[0] is '-' or '–' or '+' or '•' or '*'
            : text.StartsWith(prefix, StringComparison.Ordinal);
}
