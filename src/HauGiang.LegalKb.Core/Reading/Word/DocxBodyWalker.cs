using DocumentFormat.OpenXml;
using HauGiang.LegalKb.Core.Reading.Tables;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Turns the body of a .docx (w:body) into paragraphs in reading order: each w:p gives one paragraph per line, with
/// its automatic numbering rendered and its layout facts; tables go through <see cref="TableParagraphs"/>; content
/// controls and custom XML are read through; tracked deletions, headers, footers, notes and comments are not part of
/// the body.
/// </summary>
/// <remarks>One instance per document read (it holds the numbering counters and field state); not thread-safe.</remarks>
internal sealed class DocxBodyWalker
{
    /// <summary>Nesting deeper than this (tables in tables, text boxes in text boxes) is not read.</summary>
    internal const int MaxDepth = 48;

    private const double TwipsPerPoint = 20;

    private readonly WordNumbering _numbering;

    internal DocxBodyWalker(WordStyles styles, WordNumbering numbering)
    {
        Styles = styles;
        _numbering = numbering;
    }

    internal WordStyles Styles { get; }

    internal FieldState Fields { get; } = new();

    /// <summary>The paragraphs of a w:body (or any block container).</summary>
    internal List<SourceParagraph> Read(OpenXmlElement body)
    {
        var output = new List<SourceParagraph>();
        ReadBlocks(body, output, inTable: false, 0);
        return output;
    }

    /// <summary>The branch of an mc:AlternateContent the reader takes: the first mc:Choice, else the mc:Fallback.</summary>
    internal static OpenXmlElement? Branch(OpenXmlElement alternateContent) =>
        alternateContent.ChildElements.FirstOrDefault(e => e.LocalName == "Choice")
        ?? alternateContent.ChildElements.FirstOrDefault(e => e.LocalName == "Fallback");

    /// <summary>Reads the block content of a container (body, cell, text box, content control) into <paramref name="output"/>.</summary>
    internal void ReadBlocks(OpenXmlElement container, List<SourceParagraph> output, bool inTable, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            if (child.NamespaceUri == Ooxml.CompatibilityNamespace && child.LocalName == "AlternateContent")
            {
                if (Branch(child) is { } branch)
                {
                    ReadBlocks(branch, output, inTable, depth + 1);
                }

                continue;
            }

            if (!Ooxml.IsWord(child.NamespaceUri))
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "p":
                    ReadParagraph(child, output, inTable, depth);
                    break;
                case "tbl":
                    ReadTable(child, output, depth + 1);
                    break;
                case "sdt":
                    if (Ooxml.Child(child, "sdtContent") is { } content)
                    {
                        ReadBlocks(content, output, inTable, depth + 1);
                    }

                    break;
                case "customXml" or "ins" or "moveTo":
                    ReadBlocks(child, output, inTable, depth + 1);
                    break;
            }
        }
    }

    private void ReadParagraph(OpenXmlElement paragraph, List<SourceParagraph> output, bool inTable, int depth)
    {
        var properties = Ooxml.Child(paragraph, "pPr");
        var direct = ParagraphFacts.From(properties);
        var style = Styles.Paragraph(Ooxml.ChildVal(properties, "pStyle"));
        var facts = style.Paragraph.Under(direct);
        var text = new WordParagraphText(this, style.Run, depth);
        text.Read(paragraph);

        // A paragraph deleted with tracked changes (its mark and all its text) is gone from the final text, and so is
        // its number: the next paragraph of the list takes it.
        var deleted = Ooxml.Child(Ooxml.Child(properties, "rPr"), "del") is not null && text.Lines.All(line => line.LastNonSpace is null);
        var label = facts.NumId is { } numId && !deleted ? _numbering.Next(numId, facts.Level, style.Id) : null;

        var headingLevel = WordStyles.HeadingLevel(style with { Paragraph = facts });
        var placement = label is null ? facts : style.Paragraph.Under(label.Paragraph).Under(direct);
        var layout = new ParagraphLayout(
            Alignment: AlignmentOf(facts.Justification),
            IndentPoints: ((placement.LeftTwips ?? 0) + (placement.FirstLineTwips ?? 0)) / TwipsPerPoint,
            StyleName: style.Name,
            InTable: inTable);

        output.AddRange(text.BoxesBefore);
        var pendingLabel = label;
        foreach (var line in text.Lines)
        {
            var clean = Paragraphs.Clean(line.Text);
            if (clean.Length == 0)
            {
                continue;
            }

            if (pendingLabel is not null)
            {
                clean = Paragraphs.Clean(pendingLabel.Text + (pendingLabel.Suffix == "nothing" ? "" : " ") + clean);
                pendingLabel = null;
            }

            var size = line.DominantHalfPoints ?? style.Run.HalfPoints;
            output.Add(new SourceParagraph(
                clean,
                IsDashItem(clean) ? 0 : headingLevel,
                layout with { Bold = line.Bold, Italic = line.Italic, FontSizePoints = size / 2 }));
        }

        output.AddRange(text.BoxesAfter);
    }

    // Rows of cells of paragraphs; a row marked as a repeated header row (w:tblHeader) counts as header cells, and a
    // row deleted with tracked changes is left out.
    private void ReadTable(OpenXmlElement table, List<SourceParagraph> output, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var rows = new List<List<List<SourceParagraph>>>();
        var hasHeaderRow = false;
        foreach (var row in Unwrap(table, "tr", depth))
        {
            var rowProperties = Ooxml.Child(row, "trPr");
            if (Ooxml.Child(rowProperties, "del") is not null)
            {
                continue;
            }

            hasHeaderRow |= Ooxml.ChildToggle(rowProperties, "tblHeader") is true;
            var cells = new List<List<SourceParagraph>>();
            foreach (var cell in Unwrap(row, "tc", depth))
            {
                var paragraphs = new List<SourceParagraph>();
                ReadBlocks(cell, paragraphs, inTable: true, depth + 1);
                cells.Add(paragraphs);
            }

            rows.Add(cells);
        }

        output.AddRange(TableParagraphs.Flatten(rows, hasHeaderRow));
    }

    // The w:tr of a table or the w:tc of a row, looking through content controls and custom XML around them.
    private static IEnumerable<OpenXmlElement> Unwrap(OpenXmlElement parent, string localName, int depth)
    {
        foreach (var child in parent.ChildElements)
        {
            if (Ooxml.Is(child, localName))
            {
                yield return child;
            }
            else if (depth < MaxDepth && (Ooxml.Is(child, "customXml") || Ooxml.Is(child, "sdt")))
            {
                var inner = Ooxml.Is(child, "sdt") ? Ooxml.Child(child, "sdtContent") : child;
                if (inner is not null)
                {
                    foreach (var item in Unwrap(inner, localName, depth + 1))
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    // A dash item ("- Rà soát …") is body text in Vietnamese documents, never a unit, even when a heading style gives it
    // its font (one real plan sets every dash item in "Heading 4"); the style name stays in the layout facts.
    private static bool IsDashItem(string text) => text[0] is '-' or '–' or '+' or '•';

    private static ParagraphAlignment AlignmentOf(string? justification) => justification switch
    {
        null or "left" or "start" => ParagraphAlignment.Left,
        "center" => ParagraphAlignment.Center,
        "right" or "end" => ParagraphAlignment.Right,
        "both" or "distribute" or "lowKashida" or "mediumKashida" or "highKashida" or "thaiDistribute" => ParagraphAlignment.Justify,
        _ => ParagraphAlignment.Unknown,
    };
}
