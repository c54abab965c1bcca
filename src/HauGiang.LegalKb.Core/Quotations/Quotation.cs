using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>
/// A unit quoted word for word: the whole unit (<see cref="UnitText"/>: its text and everything under it, with the
/// sub-units' headings, byte for byte as in the document), its citation in each form and its permanent link, ready to
/// paste as plain text or Markdown.
/// </summary>
/// <param name="Text">The quoted text (<see cref="UnitText.Of"/>, or a part of it for a long unit).</param>
/// <param name="Full">The first-mention citation (type, number, date, issuing body, subject).</param>
/// <param name="Standard">The citation with type, number, date and issuing body.</param>
/// <param name="Short">The later-mention citation (type and number).</param>
/// <param name="Link">The permanent address of the unit.</param>
public sealed record Quotation(string Text, string Full, string Standard, string Short, string Link)
{
    /// <summary>Quotes the whole of <paramref name="section"/> of <paramref name="document"/>, found at <paramref name="link"/>.</summary>
    public static Quotation Of(LegalDocument document, Section section, string link) => Of(document, section, link, UnitText.Of(document, section));

    /// <summary>Quotes <paramref name="text"/> (a part of the unit, or its opening alone) as <paramref name="section"/>'s words.</summary>
    public static Quotation Of(LegalDocument document, Section section, string link, string text) => new(
        text,
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

    /// <summary>
    /// "“text”" then "(citation)" and the link, each on its own line: the text is untouched, between the curly quotes
    /// Vietnamese documents quote with.
    /// </summary>
    public string PlainText(CitationForm form) => $"“{Text}”\n({Citation(form)})\n{Link}";

    /// <summary>
    /// The text as a block quote (escaped so that it renders as written; each line of the text its own paragraph, as in
    /// the document), then the citation linked to the unit.
    /// </summary>
    public string Markdown(CitationForm form)
    {
        var lines = MarkdownText.Escape(Text).Split('\n').Where(line => line.Trim().Length > 0).Select(line => "> " + line);
        return $"{string.Join("\n>\n", lines)}\n\n— [{MarkdownText.Escape(Citation(form))}](<{Link}>)";
    }
}
