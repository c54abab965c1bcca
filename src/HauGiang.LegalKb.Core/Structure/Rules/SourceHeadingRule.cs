using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// The last resort for a paragraph the source marks as a heading (Markdown #, HTML h1–h6) that no other rule
/// recognises: a generic unit ranked by its level.
/// </summary>
public sealed class SourceHeadingRule : SectionRule
{
    /// <inheritdoc />
    public override bool AppliesInClosing => true;

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        var paragraph = context.Paragraphs[index];
        return paragraph.HeadingLevel > 0
            ? new HeadingMatch(SectionKind.Heading, string.Empty, paragraph.Text, SectionRanks.ForHeadingLevel(paragraph.HeadingLevel), -1, paragraph.Text.Length)
            : null;
    }
}
