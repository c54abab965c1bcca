using System.Collections;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// The paragraphs as rules see them: the document's own, except that one may be cut short where a unit starts inside
/// it (the words before "Nơi nhận" in a paragraph that runs on into the closing), so that rules read the heading
/// before the cut as if the paragraph ended there.
/// </summary>
internal sealed class ParagraphView(IReadOnlyList<SourceParagraph> paragraphs) : IReadOnlyList<SourceParagraph>
{
    private int _cutIndex = -1;
    private SourceParagraph? _cut;

    public int Count => paragraphs.Count;

    public SourceParagraph this[int index] => index == _cutIndex && _cut is not null ? _cut : paragraphs[index];

    /// <summary>From now on paragraph <paramref name="index"/> ends at <paramref name="length"/> characters.</summary>
    public void Cut(int index, int length)
    {
        _cutIndex = index;
        _cut = paragraphs[index] with { Text = paragraphs[index].Text[..Math.Clamp(length, 0, paragraphs[index].Text.Length)].TrimEnd() };
    }

    /// <summary>Every paragraph whole again.</summary>
    public void Restore()
    {
        _cutIndex = -1;
        _cut = null;
    }

    public IEnumerator<SourceParagraph> GetEnumerator()
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
