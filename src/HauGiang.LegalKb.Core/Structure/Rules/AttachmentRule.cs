using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// A text issued with the document, after its closing: "QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ", "PHỤ LỤC I" in capitals,
/// followed by its title in capitals. It becomes a part of its own, numbered afresh inside.
/// </summary>
public sealed partial class AttachmentRule : SectionRule
{
    /// <inheritdoc />
    public override bool AppliesInClosing => true;

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        if (!context.AfterClosing || !VietnameseText.IsUpperCaseLine(text) || Name().Match(text) is not { Success: true } m)
        {
            return null;
        }

        // The title follows in capitals, on one or more lines.
        var titleLines = new List<string>();
        var next = index + 1;
        while (next < context.Paragraphs.Count && VietnameseText.IsUpperCaseLine(context.Paragraphs[next].Text)
               && !Name().IsMatch(context.Paragraphs[next].Text) && titleLines.Count < 4)
        {
            titleLines.Add(context.Paragraphs[next].Text);
            next++;
        }

        var label = OrganNames.FromUpperCase(m.Value.Trim());
        var title = titleLines.Count > 0 ? string.Join(' ', titleLines) : null;
        return new HeadingMatch(SectionKind.Attachment, label, title, SectionRanks.Attachment, -1, text.Length, titleLines.Count);
    }

    [GeneratedRegex(@"^(QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|PHỤ LỤC(\s+([IVXLC]+|\d+))?)\s*$")]
    private static partial Regex Name();
}
