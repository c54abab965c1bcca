using System.Collections;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// The paragraphs as rules see them: the document's own, except where the parser reads one differently for a moment —
/// cut short where a unit starts inside it (the words before "Nơi nhận" in a paragraph that runs on into the
/// closing), or joined with a heading's number left on the line before it — so that rules read a heading as if the
/// source had written it whole.
/// </summary>
internal sealed class ParagraphView(IReadOnlyList<SourceParagraph> paragraphs) : IReadOnlyList<SourceParagraph>
{
    private readonly Dictionary<int, SourceParagraph> _changed = [];

    public int Count => paragraphs.Count;

    public SourceParagraph this[int index] => _changed.TryGetValue(index, out var changed) ? changed : paragraphs[index];

    /// <summary>Until <see cref="Restore"/>, paragraph <paramref name="index"/> ends at <paramref name="length"/> characters.</summary>
    public void Cut(int index, int length) =>
        _changed[index] = paragraphs[index] with { Text = paragraphs[index].Text[..Math.Clamp(length, 0, paragraphs[index].Text.Length)].TrimEnd() };

    /// <summary>Until <see cref="Restore"/>, paragraph <paramref name="index"/> reads <paramref name="text"/>.</summary>
    public void Replace(int index, string text) => _changed[index] = paragraphs[index] with { Text = text };

    /// <summary>Every paragraph as the source has it again.</summary>
    public void Restore() => _changed.Clear();

    public IEnumerator<SourceParagraph> GetEnumerator()
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
