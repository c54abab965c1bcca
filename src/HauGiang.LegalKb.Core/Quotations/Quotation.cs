using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>
/// A unit quoted word for word: its text (byte for byte the section's text), its citation in each form and its
/// permanent link, ready to paste as plain text or Markdown.
/// </summary>
/// <param name="Text">The quoted text, exactly <see cref="Section.Text"/> (the heading when the unit has no text of its own).</param>
/// <param name="Full">The first-mention citation (type, number, date, issuing body, subject).</param>
/// <param name="Standard">The citation with type, number, date and issuing body.</param>
/// <param name="Short">The later-mention citation (type and number).</param>
/// <param name="Link">The permanent address of the unit.</param>
public sealed record Quotation(string Text, string Full, string Standard, string Short, string Link)
{
    /// <summary>Quotes <paramref name="section"/> of <paramref name="document"/>, found at <paramref name="link"/>.</summary>
    public static Quotation Of(LegalDocument document, Section section, string link) => new(
        section.Text.Length > 0 ? section.Text : section.Heading ?? string.Empty,
        CitationFormatter.Cite(document, section, CitationForm.Full),
        CitationFormatter.Cite(document, section, CitationForm.Standard),
        CitationFormatter.Cite(document, section, CitationForm.Short),
        link);

    /// <summary>The citation in <paramref name="form"/>.</summary>
    public string Citation(CitationForm form) => form switch
    {
        CitationForm.Full => Full,
        CitationForm.Standard => Standard,
        _ => Short,
    };

    /// <summary>"«text»" then "(citation)" and the link, each on its own line: the text is untouched.</summary>
    public string PlainText(CitationForm form) => $"«{Text}»\n({Citation(form)})\n{Link}";

    /// <summary>The text as a block quote (escaped so that it renders as written), then the citation linked to the unit.</summary>
    public string Markdown(CitationForm form)
    {
        var quoted = string.Join('\n', MarkdownText.Escape(Text).Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
        return $"{quoted}\n\n— [{MarkdownText.Escape(Citation(form))}](<{Link}>)";
    }
}
