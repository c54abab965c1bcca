using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// A text issued with the document (Quy chế, Kế hoạch, Chương trình, Quy trình, Phụ lục, a form …): a name line
/// ("QUY CHẾ", "KẾ HOẠCH HÀNH ĐỘNG", "Phụ lục"), its title, and usually a note "(Ban hành kèm theo Quyết định số …)".
/// It is an attachment with its own tree, labelled by the kind of text ("Kế hoạch", "Phụ lục II").
/// </summary>
/// <remarks>
/// After the document's closing a name line is enough; before it (a closing the source does not mark) the note must
/// follow. When the attached text repeats a header above its name (organ, national motto), the attachment starts
/// there: those lines are its own, not the decision's signature.
/// </remarks>
public sealed class AttachmentRule : SectionRule
{
    // Organ lines above the motto, and header lines between the motto and the name, at most.
    private const int MaxHeaderLines = 4;

    /// <inheritdoc />
    public override bool AppliesInClosing => true;

    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        if (!context.HasUnits)
        {
            return null;
        }

        if (AttachmentHeading.Naming(context.Paragraphs, index, context.AfterClosing) is { } name)
        {
            return Named(context, index, index, name);
        }

        return context.AfterClosing && NameAfterHeader(context.Paragraphs, index) is { } nameIndex
            && AttachmentHeading.Naming(context.Paragraphs, nameIndex, afterClosing: true) is { } named
            ? Named(context, index, nameIndex, named)
            : null;
    }

    // The attachment named at <nameIndex>, starting at <start> (its repeated header, or the name line itself).
    private static HeadingMatch? Named(StructureContext context, int start, int nameIndex, (string Label, string After) name)
    {
        var paragraphs = context.Paragraphs;
        if (start == nameIndex && SplitOrganName(paragraphs, nameIndex))
        {
            // "CƠ QUAN PHÊ DUYỆT" / "KẾ HOẠCH" above the motto is an organ's name split over two lines, not a title.
            return null;
        }

        var (lines, hasNote) = AttachmentHeading.TitleLines(paragraphs, nameIndex);
        if (!hasNote && !context.AfterClosing)
        {
            return null;
        }

        var titleParts = (name.After.Length > 0 ? [name.After] : new List<string>()).Concat(lines).ToList();
        var title = titleParts.Count > 0 ? string.Join(' ', titleParts) : null;
        var nameText = paragraphs[nameIndex].Text;
        if (start == nameIndex)
        {
            return new HeadingMatch(SectionKind.Attachment, name.Label, title, SectionRanks.Attachment, -1, nameText.Length, lines.Count);
        }

        var heading = string.Join(' ', new[] { nameText.Trim() }.Concat(lines));
        return new HeadingMatch(
            SectionKind.Attachment, name.Label, title, SectionRanks.Attachment, BodyStart: 0, HeadingLength: 0,
            ExtraParagraphs: nameIndex - start + lines.Count, Heading: heading);
    }

    // A bare name in capitals between an organ's first line in capitals and the motto ends the organ's name.
    private static bool SplitOrganName(IReadOnlyList<SourceParagraph> paragraphs, int index) =>
        index > 0 && !paragraphs[index].Text.Any(char.IsDigit)
        && Text.VietnameseText.IsUpperCaseLine(paragraphs[index - 1].Text) && paragraphs[index - 1].Text.Any(char.IsLetter)
        && Enumerable.Range(index + 1, 2).Any(i => i < paragraphs.Count && AttachmentHeading.IsMotto(paragraphs[i].Text));

    // When a repeated header starts at <index> (organ lines, the motto, "Số: …", the date) and a name line follows
    // it, the name line's index; else null.
    private static int? NameAfterHeader(IReadOnlyList<SourceParagraph> paragraphs, int index)
    {
        var text = paragraphs[index].Text;
        if (!AttachmentHeading.IsHeaderLine(text) || SignatureLines.IsCapacity(text))
        {
            return null;
        }

        var motto = -1;
        for (var i = index; i < paragraphs.Count && i <= index + MaxHeaderLines; i++)
        {
            if (AttachmentHeading.IsMotto(paragraphs[i].Text))
            {
                motto = i;
                break;
            }

            if (!AttachmentHeading.IsHeaderLine(paragraphs[i].Text) || AttachmentHeading.Name(paragraphs[i].Text) is not null)
            {
                return null;
            }
        }

        for (var i = motto + 1; motto >= 0 && i < paragraphs.Count && i <= motto + MaxHeaderLines; i++)
        {
            if (AttachmentHeading.Naming(paragraphs, i, afterClosing: true) is not null)
            {
                return i;
            }

            if (!AttachmentHeading.IsHeaderLine(paragraphs[i].Text))
            {
                return null;
            }
        }

        return null;
    }
}
