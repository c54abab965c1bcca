namespace HauGiang.LegalKb.Core.Reading.Markdown;

/// <summary>Collects cleaned, non-blank paragraphs; the pending list marker goes on the next one.</summary>
internal sealed class MarkdownParagraphs
{
    public List<SourceParagraph> Items { get; } = [];

    public string? PendingPrefix { get; set; }

    public void Add(string text, int headingLevel)
    {
        var clean = Paragraphs.Clean(text);
        if (clean.Length == 0)
        {
            return;
        }

        if (PendingPrefix is { } prefix)
        {
            PendingPrefix = null;
            clean = prefix + " " + clean;
        }

        Items.Add(new SourceParagraph(clean, headingLevel));
    }
}
