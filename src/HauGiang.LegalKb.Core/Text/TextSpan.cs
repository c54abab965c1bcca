namespace HauGiang.LegalKb.Core.Text;

/// <summary>A character range in a document's cleaned text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>One past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
