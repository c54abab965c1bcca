using System.Text.RegularExpressions;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// A heading's number left where a conversion put it: at the end of the paragraph before its heading ("… kịp thời.
/// II." / "NHIỆM VỤ"), or alone on a line ("1." / "Tuyên truyền …"). Only a number after the end of a sentence (or
/// alone) counts: "… quy định tại khoản 2." ends with words of the sentence.
/// </summary>
internal static partial class CarriedLabel
{
    /// <summary>Where the number starts in <paramref name="text"/> and the number as written, or null.</summary>
    public static (int Start, string Label)? Find(string text)
    {
        var m = Trailing().Match(text);
        return m.Success ? (m.Groups["label"].Index, m.Groups["label"].Value) : null;
    }

    [GeneratedRegex(@"(?:^|[.;:!?”]\s+)(?<label>(?:Điều|ĐIỀU)\s+\d{1,6}[a-zđ]?\.|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[IVXLC]+|\d{1,2})\.?|[IVXLC]{1,6}[.\-]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\))\s*$")]
    private static partial Regex Trailing();
}
