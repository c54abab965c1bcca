using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Splits one header paragraph into its pieces: the motto, "Số: …", "place, ngày … tháng … năm …", the type word,
/// and the text between them. A paragraph usually holds one piece; a crawler's or converter's paragraph can hold the
/// whole header ("Số: 915/QĐ-BXD Hà Nội, ngày 07 tháng 3 năm 2019 QUYẾT ĐỊNH Về việc …"), or two columns interleaved
/// ("BỘ LAO ĐỘNG - THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc").
/// </summary>
/// <remarks>
/// Words are matched folded (<see cref="FoldedText"/>), so case, tone marks and an OCR's wrong vowel mark do not
/// matter; what a piece holds is always the original text. Pure; never throws.
/// </remarks>
internal static partial class HeaderPieces
{
    private static readonly (string Folded, DocumentType Type)[] s_types = DocumentType.Known
        .Select(t => (FoldedText.Of(t.Name), t))
        .OrderByDescending(t => t.Item1.Length)
        .ToArray();

    /// <summary>The pieces of <paramref name="text"/> in order.</summary>
    /// <param name="text">One paragraph.</param>
    /// <param name="typeWithTitle">
    /// True once the header has shown a motto, number or date: a type word may then start a line that goes on with the
    /// title ("QUYẾT ĐỊNH Về việc …"). Before that only a line that is the type word alone is a type.
    /// </param>
    public static List<HeaderPiece> Split(string text, bool typeWithTitle)
    {
        // A pandoc grid or simple table read as one paragraph: its rules and bars are not text.
        text = TableRule().Replace(text, m => new string(' ', m.Length));
        var folded = FoldedText.Of(text);
        if (MottoPart().IsMatch(folded))
        {
            // What a stamp or a scan's edge left of the motto: "CỘNG HOÀ XÃ", "Độc lập".
            return [new HeaderPiece(HeaderPieceKind.Motto, text.Trim())];
        }

        var pieces = new List<HeaderPiece>();
        var position = 0;
        foreach (Match motto in Motto().Matches(folded))
        {
            SplitGap(text, folded, position, motto.Index, ref typeWithTitle, pieces);
            pieces.Add(new HeaderPiece(HeaderPieceKind.Motto, text.Substring(motto.Index, motto.Length)));
            typeWithTitle = true;
            position = motto.Index + motto.Length;
        }

        SplitGap(text, folded, position, text.Length, ref typeWithTitle, pieces);
        return pieces;
    }

    private static void SplitGap(string text, string folded, int start, int end, ref bool typeWithTitle, List<HeaderPiece> pieces)
    {
        while (true)
        {
            start = SkipSeparators(text, start, end);
            if (start >= end)
            {
                return;
            }

            if (AnchorAt(text, folded, start, end, atStart: true) is { } first)
            {
                AddText(text, start, first.Start, pieces);
                pieces.Add(first.Piece);
                typeWithTitle = true;
                start = first.End;
                continue;
            }

            if (TypeAt(text, folded, start, end, typeWithTitle) is { } type)
            {
                pieces.Add(type);
                return;
            }

            if (AnchorAt(text, folded, start, end, atStart: false) is not { } next)
            {
                AddText(text, start, end, pieces);
                return;
            }

            AddText(text, start, next.Start, pieces);
            pieces.Add(next.Piece);
            typeWithTitle = true;
            start = next.End;
        }
    }

    // The first number or date in [start, end): at start only, or the earliest anywhere. A number without "Số:"'s
    // colon counts only at the start of a piece ("SỐ 1050/QĐ-SCT" inside an issuer's name is a name).
    private static (int Start, int End, HeaderPiece Piece)? AnchorAt(string text, string folded, int start, int end, bool atStart)
    {
        var number = (atStart ? NumberAtStart() : NumberWithColon()).Match(folded, start, end - start);
        var date = (atStart ? DateAtStart() : DateAnywhere()).Match(folded, start, end - start);
        if (!date.Success && atStart)
        {
            // A day or month an OCR read as scraps of handwriting ("ngày0) thángh năm 2026"): a date line, its date unknown.
            date = GarbledDate().Match(folded, start, end - start);
        }

        if (!number.Success && atStart && UnreadableNumber().Match(folded, start, end - start) is { Success: true } unreadable)
        {
            // "Số: ØÓ6” /KH-TCTLNTW-C04": a number written by hand that an OCR could not read. Written, so not blank.
            var code = text.Substring(unreadable.Groups["code"].Index, unreadable.Groups["code"].Length);
            var handwritten = new HeaderPiece(HeaderPieceKind.Number, text.Substring(unreadable.Index, unreadable.Length).Trim())
            {
                HasColon = true,
                UnreadableCode = RepeatedSlash().Replace(SpaceOrDash().Replace(code.Replace('–', '-'), m => m.Value.Trim()), "/"),
            };
            return (unreadable.Index, unreadable.Index + unreadable.Length, handwritten);
        }

        if (number.Success && (!date.Success || number.Index <= date.Index))
        {
            return (number.Index, number.Index + number.Length, NumberPiece(text, number));
        }

        if (!date.Success)
        {
            return null;
        }

        var (dateStart, piece) = DatePiece(text, date);
        return (dateStart, date.Index + date.Length, piece);
    }

    private static HeaderPiece NumberPiece(string text, Match m)
    {
        var written = text.Substring(m.Groups["n"].Index, m.Groups["n"].Length);
        var ordinal = m.Groups["ord"].Value;
        if (ordinal.Length > 0 && !ordinal.All(char.IsAsciiDigit) && ordinal.All(c => c is 'I' or 'L' or 'O' || char.IsAsciiDigit(c)))
        {
            // An OCR reads the ordinal's 1 as I or l and its 0 as O: "Số: II /2026/QĐ-UBND" is number 11.
            ordinal = new string(ordinal.Select(c => c switch { 'I' or 'L' => '1', 'O' => '0', _ => c }).ToArray());
            written = ordinal + written[m.Groups["ord"].Length..];
        }

        var blank = !ordinal.Any(char.IsAsciiDigit);
        var cleaned = SpaceOrDash().Replace(written.Replace('–', '-'), m => m.Value.Trim());
        cleaned = RepeatedSlash().Replace(cleaned, "/");
        var parsed = !blank && DocumentNumber.TryParse(cleaned, out var number) ? number : null;
        return new HeaderPiece(HeaderPieceKind.Number, text.Substring(m.Index, m.Length).Trim())
        {
            Number = parsed,
            Blank = blank,
            UnreadableCode = blank || parsed is not null ? null : CodePart().Match(cleaned).Value is { Length: > 0 } code ? code : null,
            HasColon = m.Groups["colon"].Success,
            PrefixType = m.Groups["prefix"].Success ? DocumentType.FromName(text.Substring(m.Groups["prefix"].Index, m.Groups["prefix"].Length)) : null,
        };
    }

    private static (int Start, HeaderPiece Piece) DatePiece(string text, Match m)
    {
        var start = m.Index;
        string? place = null;
        var group = m.Groups["place"];
        if (group.Success)
        {
            (var offset, place) = PlaceName(text.Substring(group.Index, group.Length));
            start = group.Index + offset;
        }

        var piece = new HeaderPiece(HeaderPieceKind.Date, text[start..(m.Index + m.Length)].Trim())
        {
            Place = place,
            Date = VietnameseDate.FromParts(Group(text, m, "d"), Group(text, m, "m"), Group(text, m, "y")),
        };
        return (start, piece);
    }

    private static string Group(string text, Match m, string name) => text.Substring(m.Groups[name].Index, m.Groups[name].Length);

    // "Hà Nội", "TP. Hồ Chí Minh". When an issuer's words in capitals run into the place ("BỘ Y TẾ Hà Nội, ngày …"),
    // the place is the words after them; the offset says where it starts. Null when nothing is left.
    private static (int Offset, string? Place) PlaceName(string raw)
    {
        var words = Words().Matches(raw);
        var first = 0;
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (IsCapitalsWord(words[i].Value) && !IsCapitalsWord(words[i - 1].Value))
            {
                break;
            }

            if (!IsCapitalsWord(words[i].Value) && IsCapitalsWord(words[i - 1].Value))
            {
                first = i;
                break;
            }
        }

        var offset = words.Count > 0 ? words[first].Index : raw.Length;
        var place = VietnameseText.TrimSpaces(raw[offset..].Trim(' ', '*', '_', '|', '-', '–', '#', '>'));
        return place.Length == 0 || place.Split(' ').Length > 6 ? (raw.Length, null) : (offset, place);
    }

    private static bool IsCapitalsWord(string word) => word.Count(char.IsLetter) > 1 && VietnameseText.IsUpperCaseLine(word);

    private static HeaderPiece? TypeAt(string text, string folded, int start, int end, bool typeWithTitle)
    {
        foreach (var (name, type) in s_types)
        {
            var after = start + name.Length;
            if (after > end || string.CompareOrdinal(folded, start, name, 0, name.Length) != 0
                || (after < end && char.IsLetterOrDigit(folded[after])) || !VietnameseText.IsUpperCaseLine(text[start..after]))
            {
                continue;
            }

            var restStart = SkipSeparators(text, after, end);
            var rest = restStart < end ? text[restStart..end].TrimEnd(' ', '*', '_', '|') : string.Empty;
            if (rest.StartsWith(':') || (rest.Length > 0 && !typeWithTitle))
            {
                // "QUYẾT ĐỊNH:" enacts, it is not the type line; before the header, "KẾ HOẠCH HÀNH ĐỘNG …" is not one.
                return null;
            }

            return new HeaderPiece(HeaderPieceKind.Type, text[start..after]) { Type = type, Rest = rest.Length > 0 ? rest : null };
        }

        return null;
    }

    private static void AddText(string text, int start, int end, List<HeaderPiece> pieces)
    {
        var piece = text[start..end].Trim().Trim('*', '_', '|', '#', '>').Trim();
        if (piece.Length > 0)
        {
            pieces.Add(new HeaderPiece(HeaderPieceKind.Text, VietnameseText.TrimSpaces(piece)));
        }
    }

    private static int SkipSeparators(string text, int start, int end)
    {
        while (start < end && (VietnameseText.IsSpace(text[start]) || text[start] is '*' or '_' or '|' or '#' or '>'))
        {
            start++;
        }

        return start;
    }

    // "VIỆT NAM" may be lost to an OCR or a line break ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\"").
    [GeneratedRegex(@"C\s*O\s*N\s*G\s+H\s*O\s*A\s+X\s*A\s+H\s*O\s*I\s+C\s*H\s*U\s+N\s*G\s*H\s*I\s*A(?:\s+V\s*I\s*E\s*T(?:\s+N\s*A\s*M)?)?|DOC\s+LAP\s*[-–—]+\s*TU\s+DO\s*[-–—]+\s*HANH\s+PHUC|DANG\s+CONG\s+SAN\s+VIET\s+NAM")]
    private static partial Regex Motto();

    // "Số: 100/KH-UBND", "Luật số: 84/2025/QH15", "Số 36-HD/VPTW", "Số: /QĐ-TGV", "Số -QC/ĐU", "Số: 2536 /QĐ-UBND".
    private const string NumberPrefix = @"(?<prefix>(?:LUAT|BO LUAT|PHAP LENH|NGHI QUYET|LENH|NGHI DINH|QUYET DINH|THONG TU)\s+)?SO";

    private const string NumberBody =
        @"(?<n>(?<ord>\d{1,5}(?:\.\d{1,3})?[A-Z]?|[0-9ILO]*[IL][0-9ILO]*(?=\s*/)|[.…_]+)?(?:\s*[-–]\s*[A-Z]{1,8}(?=\s*/))?"
        + @"(?:\s*/+\s*[A-Z0-9][A-Z0-9.&]*(?:\s*[-–]\s*[A-Z0-9][A-Z0-9.&]*)*)+)";

    [GeneratedRegex(@"^" + NumberPrefix + @"(?:\s*(?<colon>:)|\s*\.|(?=\s))\s*" + NumberBody)]
    private static partial Regex NumberAtStart();

    [GeneratedRegex(@"(?<![A-Z0-9])" + NumberPrefix + @"\s*(?<colon>:)\s*" + NumberBody)]
    private static partial Regex NumberWithColon();

    // "Hà Nội, ngày 07 tháng 3 năm 2019", "ngày  tháng 8 năm 2025", "ngày mười lăm tháng ba năm 2031".
    private const string DateBody =
        @"NGAY\s*(?<d>\d{1,2}|(?:MUNG\s+|MONG\s+)?[A-Z]+(?:\s+[A-Z]+){0,2}?|[.…_\s]*?)\s*THANG\s*(?<m>\d{1,2}|[A-Z]+(?:\s+[A-Z]+)??|[.…_\s]*?)\s*NAM\s*(?<y>\d{4}|[.…_]*)(?![0-9])";

    [GeneratedRegex(@"^(?:(?<place>[^,;:\d|/()]{1,60}?)\s*,\s*)?" + DateBody)]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"(?:(?<place>(?<![^\s])[^,;:\d|/()]{1,60}?)\s*,\s*)?(?<![A-Z])" + DateBody)]
    private static partial Regex DateAnywhere();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\+(?:[-=:]{2,}\+)+|[-=_]{4,}|\|")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^" + NumberPrefix + @"\s*:\s*(?<junk>[^\s/]\S{0,9}?)\s*(?<code>(?:/+\s*[A-Z][A-Z0-9.&]*(?:\s*[-–]\s*[A-Z0-9][A-Z0-9.&]*)*)+)")]
    private static partial Regex UnreadableNumber();

    // The code and issuer after the ordinal: "/QĐĐ-UBND" of an unreadable "4/6/QĐĐ-UBND".
    [GeneratedRegex(@"/\p{L}[\p{L}\d.&-]*(?:/[\p{L}\d.&-]+)*$")]
    private static partial Regex CodePart();

    [GeneratedRegex(@"^(?:(?<place>[^,;:\d|/()]{1,60}?)\s*,\s*)?NGAY\S{0,4}\s*(?<d>)(?<m>)THANG\S{0,4}\s*NAM\s*(?<y>\d{4})(?![0-9])")]
    private static partial Regex GarbledDate();

    [GeneratedRegex(@"^\W*(?:CONG\s+HOA\s+XA(?:\s+HOI(?:\s+CHU(?:\s+NGHIA)?)?)?|DOC\s+LAP(?:\s*[-–—]+\s*TU\s+DO)?)\W*$")]
    private static partial Regex MottoPart();

    [GeneratedRegex(@"\s*[-/]\s*")]
    private static partial Regex SpaceOrDash();

    [GeneratedRegex(@"/{2,}")]
    private static partial Regex RepeatedSlash();
}
