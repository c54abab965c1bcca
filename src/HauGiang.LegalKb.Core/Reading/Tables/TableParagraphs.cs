namespace HauGiang.LegalKb.Core.Reading.Tables;

/// <summary>
/// Turns a table read by any reader (HTML, Word) into paragraphs, in reading order. A table is given as rows of cells,
/// each cell as the paragraphs (lines) it holds.
/// </summary>
/// <remarks>
/// Two kinds of tables occur in Vietnamese documents. <b>Layout tables</b> place blocks side by side: the header
/// (organ | national motto, number | place and date) and the closing ("Nơi nhận" | signature). They have no header
/// cells, at most two filled cells a row, and some cell of several lines; they yield every cell's lines as
/// paragraphs, row by row, left cell before right cell, so "ỦY BAN NHÂN DÂN" and "TỈNH X" stay lines of their own.
/// <b>Data tables</b> (a Phụ lục list, a task table) yield one paragraph per row, the cells' text joined by spaces
/// ("1 Số hóa bản đồ đê bao Quý II/2031"), so a row stays one record; a row with a single filled cell (a group title
/// spanning the table) keeps its lines.
/// </remarks>
internal static class TableParagraphs
{
    /// <summary>The paragraphs of a table, in reading order.</summary>
    /// <param name="rows">The rows; each row a list of cells; each cell its paragraphs (empty for an empty cell).</param>
    /// <param name="hasHeaderCells">True when the source marks header cells (HTML &lt;th&gt;, a Word header row).</param>
    internal static List<SourceParagraph> Flatten(IReadOnlyList<IReadOnlyList<IReadOnlyList<SourceParagraph>>> rows, bool hasHeaderCells)
    {
        var output = new List<SourceParagraph>();
        var layout = IsLayoutTable(rows, hasHeaderCells);
        foreach (var row in rows)
        {
            var filled = row.Where(cell => cell.Count > 0).ToList();
            if (!layout && filled.Count > 1)
            {
                var parts = filled.SelectMany(cell => cell).ToList();
                output.Add(new SourceParagraph(string.Join(" ", parts.Select(p => p.Text)), 0, Merge(parts)));
                continue;
            }

            output.AddRange(filled.SelectMany(cell => cell));
        }

        // Every paragraph says it stands in a table, whatever else its format tells (HTML tells nothing else).
        return output.Select(p => p.Layout is { InTable: true } ? p : p with { Layout = (p.Layout ?? new ParagraphLayout()) with { InTable = true } }).ToList();
    }

    private static bool IsLayoutTable(IReadOnlyList<IReadOnlyList<IReadOnlyList<SourceParagraph>>> rows, bool hasHeaderCells) =>
        !hasHeaderCells
        && rows.Any(row => row.Any(cell => cell.Count > 1))
        && rows.All(row => row.Count(cell => cell.Count > 0) <= 2);

    // A row joined into one paragraph is bold or italic only when all its parts are; the rest comes from its first part.
    private static ParagraphLayout? Merge(List<SourceParagraph> parts)
    {
        var first = parts.FirstOrDefault(p => p.Layout is not null)?.Layout;
        if (first is null)
        {
            return null;
        }

        return first with
        {
            Bold = parts.All(p => p.Layout?.Bold == true),
            Italic = parts.All(p => p.Layout?.Italic == true),
            InTable = true,
        };
    }
}
