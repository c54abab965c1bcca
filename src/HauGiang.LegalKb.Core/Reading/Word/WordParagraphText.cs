using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Collects the visible text of one w:p into lines: runs, hyperlinks, content controls and tracked insertions are
/// read; tracked deletions, field codes, hidden text and note references are not. Text boxes anchored in the
/// paragraph are read as paragraphs of their own, before the paragraph when anchored ahead of its text, else after.
/// </summary>
/// <remarks>
/// A line break (w:br, w:cr) starts a new line, as &lt;br&gt; does in HTML ("ỦY BAN NHÂN DÂN" / "TỈNH X"), except
/// where it only wraps a sentence (a lower-case letter or comma before it, a lower-case letter after it): those lines
/// are joined with a space. Page and column breaks, and two breaks in a row, always start a new line. Tabs become spaces.
/// </remarks>
internal sealed class WordParagraphText
{
    private readonly DocxBodyWalker _walker;
    private readonly RunFacts _paragraphRun;
    private readonly int _depth;
    private readonly List<WordLine> _lines = [new WordLine()];
    private BreakKind _pending;

    internal WordParagraphText(DocxBodyWalker walker, RunFacts paragraphRun, int depth)
    {
        _walker = walker;
        _paragraphRun = paragraphRun;
        _depth = depth;
    }

    private enum BreakKind
    {
        None,
        Soft,
        Hard,
    }

    /// <summary>The lines, in order (some may be blank).</summary>
    internal IReadOnlyList<WordLine> Lines => _lines;

    /// <summary>Paragraphs of text boxes anchored before any text of the paragraph.</summary>
    internal List<SourceParagraph> BoxesBefore { get; } = [];

    /// <summary>Paragraphs of text boxes anchored after some text of the paragraph.</summary>
    internal List<SourceParagraph> BoxesAfter { get; } = [];

    /// <summary>Reads the inline content of <paramref name="element"/> (a w:p, or a wrapper inside one).</summary>
    internal void Read(OpenXmlElement element, int depth = 0)
    {
        if (depth > DocxBodyWalker.MaxDepth)
        {
            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == Ooxml.CompatibilityNamespace && child.LocalName == "AlternateContent")
            {
                if (DocxBodyWalker.Branch(child) is { } branch)
                {
                    Read(branch, depth + 1);
                }

                continue;
            }

            if (child.NamespaceUri == Ooxml.MathNamespace)
            {
                ReadMath(child, depth + 1);
                continue;
            }

            if (!Ooxml.IsWord(child.NamespaceUri))
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "r":
                    ReadRun(child);
                    break;
                case "sdt":
                    if (Ooxml.Child(child, "sdtContent") is { } content)
                    {
                        Read(content, depth + 1);
                    }

                    break;
                case "hyperlink" or "smartTag" or "customXml" or "ins" or "moveTo" or "fldSimple" or "dir" or "bdo":
                    Read(child, depth + 1);
                    break;
            }
        }
    }

    private void ReadRun(OpenXmlElement run)
    {
        var properties = Ooxml.Child(run, "rPr");
        var facts = _paragraphRun
            .Under(_walker.Styles.Character(Ooxml.ChildVal(properties, "rStyle")))
            .Under(RunFacts.From(properties));
        foreach (var child in run.ChildElements)
        {
            if (child.NamespaceUri == Ooxml.CompatibilityNamespace && child.LocalName == "AlternateContent")
            {
                if (DocxBodyWalker.Branch(child) is { } branch)
                {
                    ReadTextBoxes(branch, 0);
                }

                continue;
            }

            if (!Ooxml.IsWord(child.NamespaceUri))
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "t":
                    Append(child.InnerText, facts);
                    break;
                case "tab" or "ptab":
                    Append(" ", facts);
                    break;
                case "noBreakHyphen":
                    Append("-", facts);
                    break;
                case "sym":
                    AppendSymbol(child, facts);
                    break;
                case "br":
                    Break(Ooxml.Attribute(child, "type") is "page" or "column" ? BreakKind.Hard : BreakKind.Soft, facts);
                    break;
                case "cr":
                    Break(BreakKind.Soft, facts);
                    break;
                case "fldChar":
                    _walker.Fields.Mark(Ooxml.Attribute(child, "fldCharType"));
                    break;
                case "drawing" or "pict" or "object":
                    ReadTextBoxes(child, 0);
                    break;
                case "ruby":
                    if (Ooxml.Child(child, "rubyBase") is { } rubyBase)
                    {
                        Read(rubyBase, 1);
                    }

                    break;
            }
        }
    }

    // Equations: the text of m:t runs, in order.
    private void ReadMath(OpenXmlElement element, int depth)
    {
        if (depth > DocxBodyWalker.MaxDepth)
        {
            return;
        }

        if (element.LocalName == "t" && element.NamespaceUri == Ooxml.MathNamespace)
        {
            Append(element.InnerText, _paragraphRun);
            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == Ooxml.MathNamespace)
            {
                ReadMath(child, depth + 1);
            }
        }
    }

    // Word's symbol fonts put their glyphs at U+F0xx: those are pictures, not letters, and are left out.
    private void AppendSymbol(OpenXmlElement symbol, RunFacts facts)
    {
        if (int.TryParse(Ooxml.Attribute(symbol, "char"), System.Globalization.NumberStyles.HexNumber, null, out var code)
            && code is > 0x1F and < 0xD800)
        {
            Append(((char)code).ToString(), facts);
        }
    }

    private void ReadTextBoxes(OpenXmlElement element, int depth)
    {
        if (depth > DocxBodyWalker.MaxDepth || _depth > DocxBodyWalker.MaxDepth)
        {
            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == Ooxml.CompatibilityNamespace && child.LocalName == "AlternateContent")
            {
                if (DocxBodyWalker.Branch(child) is { } branch)
                {
                    ReadTextBoxes(branch, depth + 1);
                }
            }
            else if (Ooxml.Is(child, "txbxContent"))
            {
                var target = _lines.Any(line => line.LastNonSpace is not null) ? BoxesAfter : BoxesBefore;
                _walker.ReadBlocks(child, target, inTable: false, _depth + 1);
            }
            else
            {
                ReadTextBoxes(child, depth + 1);
            }
        }
    }

    private void Break(BreakKind kind, RunFacts facts)
    {
        if (_walker.Fields.InInstruction || facts.Hidden == true)
        {
            return;
        }

        _pending = _pending == BreakKind.None ? kind : BreakKind.Hard;
    }

    private void Append(string text, RunFacts facts)
    {
        if (_walker.Fields.InInstruction || facts.Hidden == true || text.Length == 0)
        {
            return;
        }

        if (_pending != BreakKind.None)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var line = _lines[^1];
            if (_pending == BreakKind.Soft && WrapsSentence(line.LastNonSpace, text))
            {
                line.Append(" ", facts);
            }
            else
            {
                _lines.Add(new WordLine());
            }

            _pending = BreakKind.None;
        }

        _lines[^1].Append(text, facts);
    }

    private static bool WrapsSentence(char? before, string after)
    {
        var next = after.TrimStart();
        return before is { } last && (char.IsLower(last) || last == ',') && next.Length > 0 && char.IsLower(next[0]);
    }
}
