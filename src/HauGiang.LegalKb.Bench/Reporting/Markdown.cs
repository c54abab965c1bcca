using System.Text;

namespace HauGiang.LegalKb.Bench.Reporting;

/// <summary>Small helpers for Markdown tables.</summary>
public static class Markdown
{
    /// <summary>A table with a header row; cells are escaped for pipes and newlines.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", header.Select(Escape)).Append(" |\n");
        builder.Append('|').AppendJoin('|', header.Select((_, i) => rightAligned is not null && i < rightAligned.Count && rightAligned[i] ? "---:" : "---")).Append("|\n");
        foreach (var row in rows)
        {
            builder.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        return builder.ToString();
    }

    /// <summary>Text safe inside a table cell.</summary>
    public static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    /// <summary>Inline code, safe for backticks in the text.</summary>
    public static string Code(string text) => text.Contains('`') ? "`` " + text + " ``" : "`" + text + "`";
}
