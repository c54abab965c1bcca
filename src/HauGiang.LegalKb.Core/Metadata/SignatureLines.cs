using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>What a part of a closing line is.</summary>
internal enum SignaturePartKind
{
    /// <summary>"Nơi nhận:".</summary>
    RecipientsHeading,

    /// <summary>"- Như Điều 3;".</summary>
    Recipient,

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG", "K/T CHÁNH VĂN PHÒNG" (the text is what follows the mark).</summary>
    Capacity,

    /// <summary>The signer's office in capitals: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "CHỦ TỊCH QUỐC HỘI".</summary>
    Office,

    /// <summary>A body's name in capitals inside a signature ("TÒA ÁN NHÂN DÂN TỐI CAO" under "KT. CHÁNH ÁN").</summary>
    Body,

    /// <summary>A line that goes on with the one before (a wrapped recipient starting in lower case).</summary>
    Continuation,

    /// <summary>The signer's name, rank and notes removed.</summary>
    Name,

    /// <summary>"(Đã ký)", "[", "(chữ ký, đóng dấu)": nothing to read.</summary>
    Noise,

    /// <summary>Anything else (a sentence of the body, a heading).</summary>
    Other,
}

/// <summary>One part of a closing line.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text; for a capacity, the mark ("TM", "KT" …) then ". " then the body or office in capitals.</param>
/// <param name="Line">The index of the line it comes from.</param>
internal sealed record SignaturePart(SignaturePartKind Kind, string Text, int Line);

/// <summary>
/// Splits closing lines into parts. A line is usually one part; a crawler's or a two-column text's line can hold
/// several: "Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A".
/// </summary>
/// <remarks>Pure; never throws.</remarks>
internal static partial class SignatureLines
{
    // Words of an office: a line in capitals holding one of them can be the signer's office.
    private static readonly string[] s_officeWords =
    [
        "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "THỦ TƯỚNG", "BÍ THƯ", "CHÁNH", "THỐNG ĐỐC", "CHỦ NHIỆM", "TỔNG KIỂM TOÁN",
        "ỦY VIÊN", "PHÓ", "TỔNG THƯ KÝ", "TỔNG BIÊN TẬP", "LÃNH ĐẠO", "THƯ KÝ", "CHỈ HUY",
    ];

    // The same offices folded, for an OCR that dropped a mark ("CHU TỊCH" is CHỦ TỊCH, not the family name Chu).
    private static readonly string[] s_foldedOffices =
    [
        "CHU TICH", "GIAM DOC", "THU TRUONG", "BO TRUONG", "THU TUONG", "BI THU", "TO TRUONG", "TRUONG BAN", "CUC TRUONG",
        "VU TRUONG", "VIEN TRUONG", "CHANH VAN PHONG", "CHANH AN", "THONG DOC", "CHU NHIEM",
    ];

    /// <summary>The parts of one line.</summary>
    public static IEnumerable<SignaturePart> Split(string line, int index)
    {
        var text = VietnameseText.TrimSpaces(line.Trim().Trim('*', '_', '#').Trim());
        if (text.Length == 0)
        {
            yield break;
        }

        if (RecipientsHeading().Match(text) is { Success: true } heading)
        {
            yield return new SignaturePart(SignaturePartKind.RecipientsHeading, string.Empty, index);
            foreach (var part in Split(text[heading.Length..], index))
            {
                yield return part;
            }

            yield break;
        }

        if (RecipientLine().Match(text) is { Success: true } recipient)
        {
            // A two-column text prints the signature's line after the recipient's: "- Như trên; PHÓ CHỦ TỊCH".
            var (who, rest) = SplitRecipient(recipient.Groups["who"].Value);
            yield return new SignaturePart(SignaturePartKind.Recipient, who, index);
            foreach (var part in rest is null ? [] : SplitSignature(rest, index))
            {
                yield return part;
            }

            yield break;
        }

        if (char.IsLower(text[0]))
        {
            yield return new SignaturePart(SignaturePartKind.Continuation, text, index);
            yield break;
        }

        foreach (var part in SplitSignature(text, index))
        {
            yield return part;
        }
    }

    // "Như trên; PHÓ CHỦ TỊCH" → ("Như trên;", "PHÓ CHỦ TỊCH"); "… Khu vực; Nguyễn Thế Phước" → (…, the name).
    private static (string Who, string? Signature) SplitRecipient(string who)
    {
        var words = who.Split(' ');
        var j = words.Length;
        while (j > 1 && words[j - 1].Any(char.IsLetter) && VietnameseText.IsUpperCaseLine(words[j - 1]))
        {
            j--;
        }

        var capitals = string.Join(' ', words[j..]);
        if (j < words.Length && (CapacityMark().IsMatch(capitals) && CapacityMark().Match(capitals).Index == 0 || (words.Length - j >= 2 && HasOfficeWord(capitals))))
        {
            return (string.Join(' ', words[..j]), capitals);
        }

        for (var k = Math.Max(1, words.Length - 5); k <= words.Length - 2; k++)
        {
            var name = string.Join(' ', words[k..]);
            if (words[k - 1].Length > 0 && words[k - 1][^1] is ';' or ',' or '.' or ')' && PersonNames.IsFamilyName(name) && PersonNames.Name(name) is not null)
            {
                return (string.Join(' ', words[..k]), name);
            }
        }

        return (who, null);
    }

    /// <summary>True when an office in capitals holds an office word ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG").</summary>
    public static bool HasOfficeWord(string text)
    {
        var upper = " " + ToneMarks.Canonical(VietnameseText.ToUpper(VietnameseText.TrimSpaces(text))) + " ";
        var folded = " " + FoldedText.Of(text) + " ";
        return s_officeWords.Any(w => upper.Contains(" " + w + " ", StringComparison.Ordinal))
            || s_foldedOffices.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    // A signature line: capacity marks, offices and a name, in that order, any of them on this line.
    private static IEnumerable<SignaturePart> SplitSignature(string text, int index)
    {
        if (IsNoise(text))
        {
            return [new SignaturePart(SignaturePartKind.Noise, text, index)];
        }

        var parts = new List<SignaturePart>();
        var (upper, name) = TrailingName(text);

        if (name is null && PersonNames.Name(text) is { } whole && !(VietnameseText.IsUpperCaseLine(text) && HasOfficeWord(text)))
        {
            return [new SignaturePart(SignaturePartKind.Name, whole, index)];
        }

        if (!AddCapacitiesAndOffice(upper, index, parts))
        {
            return [new SignaturePart(SignaturePartKind.Other, text, index)];
        }

        if (name is not null)
        {
            parts.Add(new SignaturePart(SignaturePartKind.Name, name, index));
        }

        return parts;
    }

    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": capacities, then the office that ends the last one.
    private static bool AddCapacitiesAndOffice(string upper, int index, List<SignaturePart> parts)
    {
        var marks = CapacityMark().Matches(upper);
        if (marks.Count == 0 || marks[0].Index != 0)
        {
            if (IsOfficeLine(upper))
            {
                parts.Add(new SignaturePart(SignaturePartKind.Office, upper, index));
                return true;
            }

            if (IsBodyLine(upper))
            {
                parts.Add(new SignaturePart(SignaturePartKind.Body, upper, index));
                return true;
            }

            return false;
        }

        for (var k = 0; k < marks.Count; k++)
        {
            var start = marks[k].Index + marks[k].Length;
            var end = k + 1 < marks.Count ? marks[k + 1].Index : upper.Length;
            var who = upper[start..end].Trim();
            var mark = marks[k].Groups["mark"].Value.ToUpperInvariant().Replace("/", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            var office = k + 1 == marks.Count ? OfficeAtEnd(who) : -1;
            parts.Add(new SignaturePart(SignaturePartKind.Capacity, $"{mark}. {(office > 0 ? who[..office].Trim() : who)}", index));
            if (office > 0)
            {
                parts.Add(new SignaturePart(SignaturePartKind.Office, who[office..].Trim(), index));
            }
        }

        return true;
    }

    // "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A" → the capitals and the name after them; (text, null) when there is none.
    private static (string Upper, string? Name) TrailingName(string text)
    {
        var words = text.Split(' ');
        var j = words.Length;
        while (j > 0 && (words[j - 1].Any(char.IsLower) || (j == words.Length && words[j - 1].Length == 1) || words[j - 1].StartsWith('(')))
        {
            j--;
        }

        if (j == 0 || j == words.Length || words.Length - j < 2)
        {
            return (text, null);
        }

        var upper = string.Join(' ', words[..j]);
        return VietnameseText.IsUpperCaseLine(upper) && PersonNames.Name(string.Join(' ', words[j..])) is { } name ? (upper, name) : (text, null);
    }

    // Where an office starts inside "CHỦ TỊCH PHÓ CHỦ TỊCH" or "ỦY BAN NHÂN DÂN CHỦ TỊCH" (never at 0); -1 when none.
    private static int OfficeAtEnd(string who)
    {
        var words = WordStarts().Matches(who);
        for (var k = 1; k < words.Count; k++)
        {
            var rest = FoldedText.Of(who[words[k].Index..]);
            if (OfficeStart().IsMatch(rest))
            {
                return words[k].Index;
            }
        }

        return -1;
    }

    private static bool IsOfficeLine(string text) =>
        text.Length <= 90 && text.Any(char.IsLetter) && IsMostlyUpperCase(text) && HasOfficeWord(text)
        && !text.TrimEnd().EndsWith(':') && !text.Any(char.IsDigit);

    private static bool IsBodyLine(string text) =>
        text.Length <= 90 && text.Count(char.IsLetter) > 3 && IsMostlyUpperCase(text) && !text.Any(char.IsDigit)
        && !text.TrimEnd().EndsWith(':');

    // A stamp's note, a bracket, or a scrap of two or three letters an OCR read off a seal or a signature.
    private static bool IsNoise(string text) =>
        NoiseLine().IsMatch(text) || text.All(c => !char.IsLetterOrDigit(c)) || (text.Count(char.IsLetter) <= 3 && !text.Any(char.IsDigit));

    // Capitals with a letter or two an OCR read in lower case ("PHÓ Lở TRƯỞNG THƯỜNG TRỰC").
    private static bool IsMostlyUpperCase(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(char.IsUpper) * 4 >= letters * 3 && text.Split(' ').Count(w => w.Any(char.IsLower)) <= 1;
    }

    [GeneratedRegex(@"^Nơi nhận\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    // "- Như Điều 3;", also with the dashes an OCR reads as "~", "—" or "*".
    [GeneratedRegex(@"^[-–—+•~*]\s*(?<who>.+)$")]
    private static partial Regex RecipientLine();

    // TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), also T/M, K/T, T/L.
    [GeneratedRegex(@"(?<=^|\s)(?<mark>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T)(?:\.\s*|\s+)(?=\p{Lu}{2})")]
    private static partial Regex CapacityMark();

    // The offices that can follow a capacity's body on one line; "TRƯỞNG" alone is not one ("BỘ TRƯỞNG" is one office).
    [GeneratedRegex(@"^(?:PHO\s+)?(?:CHU TICH|GIAM DOC|THU TRUONG|BO TRUONG|THU TUONG|TRUONG (?:BAN|DOAN|PHONG|KHOA)|BI THU|CHANH|THONG DOC|CHU NHIEM|TONG (?:CUC TRUONG|GIAM DOC|KIEM TOAN|THU KY|BIEN TAP)|CUC TRUONG|VU TRUONG|VIEN TRUONG|TO TRUONG|HIEU TRUONG|UY VIEN)\b")]
    private static partial Regex OfficeStart();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordStarts();

    [GeneratedRegex(@"^[\(\[].{0,60}[\)\]]$|^(?:\(?đã ký\)?|\[|\]|ký tên|chữ ký|\(?ký,? ghi rõ họ tên.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseLine();
}
