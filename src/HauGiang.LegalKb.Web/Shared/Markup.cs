using System.Text;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>Escaping for markup written by hand (the SVG diagram): the five characters HTML and XML need, letters untouched.</summary>
public static class Markup
{
    /// <summary>Text safe in element content and in double- or single-quoted attributes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // Control characters have no place in XML; drop them rather than break the document.
                    if (!char.IsControl(c) || c is '\n' or '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
