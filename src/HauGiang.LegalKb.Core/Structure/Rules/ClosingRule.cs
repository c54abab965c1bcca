using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure.Rules;

/// <summary>
/// The closing: "Trên đây là …", "Nơi nhận:", a signature's capacity line ("TM. ỦY BAN NHÂN DÂN"), or a signature
/// block without either (a capacity in capitals and the signer's name: "THỦ TƯỚNG" / "Nguyễn Văn Thử", "T/M BAN
/// THƯỜNG VỤ" / "BÍ THƯ" / …). When the source runs the last article into "Nơi nhận" or into the signature after
/// "./." in one paragraph, the closing starts there, inside the paragraph. Inside an attached text it nests in the
/// attachment; elsewhere it closes every open unit.
/// </summary>
public sealed partial class ClosingRule : SectionRule
{
    /// <inheritdoc />
    public override HeadingMatch? TryMatch(StructureContext context, int index)
    {
        if (context.InClosing)
        {
            return null;
        }

        var text = context.Paragraphs[index].Text;
        var at = Marker().IsMatch(text) || SignatureLines.StartsBlock(context.Paragraphs, index) ? 0 : Inside(text);
        if (at < 0 || (at == 0 && SignatureLines.IsCapacity(text) && ShownAsExample(context, index)))
        {
            return null;
        }

        var rank = context.NearestOpen(SectionKind.Attachment) is null ? SectionRanks.Attachment : SectionRanks.Attachment + 1;
        return new HeadingMatch(SectionKind.Closing, string.Empty, null, rank, BodyStart: at, HeadingLength: at, Offset: at);
    }

    // A signature block introduced by a line ending with a colon ("Ví dụ:", "Ghi theo mẫu:") is an example a guide
    // shows in its body, as is every capacity line after the first of such a block.
    private static bool ShownAsExample(StructureContext context, int index)
    {
        var i = index - 1;
        while (i >= 0 && context.Paragraphs[i].Text.Length <= 80 && VietnameseText.IsUpperCaseLine(context.Paragraphs[i].Text)
               && SignatureLines.IsCapacity(context.Paragraphs[i].Text))
        {
            i--;
        }

        return i >= 0 && context.Paragraphs[i].Text.TrimEnd().EndsWith(':');
    }

    // Where a closing starts inside a paragraph that runs on into it, or -1.
    private static int Inside(string text)
    {
        var m = RunOn().Match(text);
        return m.Success && m.Groups["at"].Index > 0 ? m.Groups["at"].Index : -1;
    }

    [GeneratedRegex(@"^(?:Trên đây là\b|Nơi nhận\s*:|Nơi nhận\s*$|NƠI NHẬN\s*:|(?:TM|KT|TL|TUQ)\.\s+\p{Lu}{2})")]
    private static partial Regex Marker();

    // "… thi hành Quyết định này./. Nơi nhận: …", "… này. Nơi nhận: …", "… này./. TM. ỦY BAN NHÂN DÂN …".
    [GeneratedRegex(@"(?:[.;)”]\s*)(?<at>Nơi nhận\s*:)|\./\.\s*(?<at>(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?\s+\p{Lu}{2})")]
    private static partial Regex RunOn();
}
