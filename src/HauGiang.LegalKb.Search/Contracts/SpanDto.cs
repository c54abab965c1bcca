using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>A character range in the document's cleaned text.</summary>
public sealed record SpanDto(int Start, int Length)
{
    public static SpanDto From(TextSpan span) => new(span.Start, span.Length);
}
