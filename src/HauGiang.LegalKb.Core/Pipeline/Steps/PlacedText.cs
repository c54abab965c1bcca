using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Pipeline.Steps;

/// <summary>
/// The cleaned text every later step and every span refers to: the paragraphs joined by line breaks, and where each
/// paragraph starts in it.
/// </summary>
/// <param name="Paragraphs">The document's paragraphs.</param>
/// <param name="Text">The paragraphs, one per line.</param>
/// <param name="Offsets">Where each paragraph starts in <paramref name="Text"/>.</param>
internal sealed record PlacedText(IReadOnlyList<SourceParagraph> Paragraphs, string Text, IReadOnlyList<int> Offsets)
{
    public static PlacedText Of(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var offsets = new int[paragraphs.Count];
        var position = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            offsets[i] = position;
            position += paragraphs[i].Text.Length + 1;
        }

        return new PlacedText(paragraphs, string.Join('\n', paragraphs.Select(p => p.Text)), offsets);
    }
}
