namespace HauGiang.LegalKb.Core.Citations;

/// <summary>How a law's name after its type word ends: by itself, or at the number, date or year that closes it.</summary>
internal enum NameClosing
{
    None,
    Number,
    Date,
    Year,
}

/// <summary>A law's name as scanned: where it ends, and where the number, date or year that closes it starts.</summary>
/// <param name="NameEnd">The end of the name (exclusive), "năm 2025" included when a year closes it.</param>
/// <param name="Closing">What closes the name.</param>
/// <param name="ClosingAt">Where the number (after "số") or the date's separator starts; the name's end otherwise.</param>
/// <param name="JoinedAt">The name's end before its first "và" or comma, when it went on through one; else null.</param>
internal readonly record struct ScannedName(int NameEnd, NameClosing Closing, int ClosingAt, int? JoinedAt = null);

/// <summary>
/// The grammar of a law's name after "Luật", "Bộ luật" or "Pháp lệnh": word by word until something ends it.
/// </summary>
/// <remarks>
/// A number ("số 31/2024/QH15"), a date ("ngày 16 tháng 6 năm 2025") or a year ("năm 2025") closes a name surely, so
/// "Luật Tần số vô tuyến điện số …" keeps its "số" and a name written in lower case counts when one follows. Without
/// one, the name ends at punctuation, at the next type word ("và Luật …" is a second law), at a word no law's name
/// holds ("đã", "không", "mà", "quy định" …), and after "và" or a comma at words that start a new phrase ("và các …").
/// Words some names hold ("của", "tại", "với" …) stay in the name only when a number closes it within the clause.
/// Reads in place, a bounded number of words: no copy of the text, no look past the clause.
/// </remarks>
internal static partial class LawNames
{
    private const int MaxWords = 24;

    /// <summary>
    /// The name that starts with the word at <paramref name="at"/> (right after the type word and its space), or null
    /// when no name starts there ("Luật này", "Luật số …", "Luật sư …").
    /// </summary>
    public static ScannedName? Scan(string text, int at)
    {
        if (AmendingLaw().Match(text, at) is { Success: true } amending)
        {
            return ScanAmending(text, at, at + amending.Length);
        }

        var first = WordEnd(text, at);
        if (first == at)
        {
            return null;
        }

        var word = text[at..first];
        if (s_stops.Contains(word) || s_soft.Contains(word) || s_soft.Contains(Pair(text, at)) || word is "số" or "sư" or "gia" or "và" || IsStopPair(text, at))
        {
            return null;
        }

        // "Luật Bộ Công Thương" is a table's "… kèm theo Luật" beside a cell naming a ministry: no law's name starts so.
        if (word == "Bộ" && NextWord(text, first) is { Start: >= 0 } after && char.IsUpper(text[after.Start]))
        {
            return null;
        }

        // A name in lower case ("Luật bảo hiểm y tế ngày …") is a name only when its number or date follows.
        var scanned = Continue(text, first);
        return char.IsLower(word[0]) && scanned.Closing == NameClosing.None ? null : scanned;
    }

    // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật …": the amended laws' names are the
    // amending law's name, which their number or date closes.
    private static ScannedName? ScanAmending(string text, int at, int typeAt)
    {
        // Its number or date closes the whole list of amended laws: "… của Luật Đấu thầu, Luật Đầu tư theo phương thức
        // đối tác công tư, …, Luật Quản lý, sử dụng tài sản công số 90/2025/QH15".
        if (AmendedLawsToClosing().Match(text, at) is { Success: true } whole)
        {
            var nameEnd = whole.Groups["end"].Index;
            return whole.Groups["number"].Success
                ? new ScannedName(nameEnd, NameClosing.Number, whole.Index + whole.Length)
                : new ScannedName(nameEnd, NameClosing.Date, nameEnd);
        }

        ScannedName? last = null;
        var next = typeAt;
        while (LawTypeHere().Match(text, next) is { Success: true } type)
        {
            last = Scan(text, next + type.Length);
            if (last is not { Closing: NameClosing.None } inner || NextAmended().Match(text, inner.NameEnd) is not { Success: true } joint)
            {
                break;
            }

            next = inner.NameEnd + joint.Length;
        }

        return last;
    }

    // From the end of a name's word: the next word goes on with the name, closes it, or ends it.
    private static ScannedName Continue(string text, int end)
    {
        var run = new NameRun();
        for (var words = 1; words < MaxWords; words++)
        {
            if (run.SoftFrom is null && AmendedMark().Match(text, end) is { Success: true } mark)
            {
                return run.EndsAt(end + mark.Length);
            }

            var (next, joiner) = NextWord(text, end);
            if (next < 0)
            {
                break;
            }

            var nextEnd = WordEnd(text, next);
            var word = text[next..nextEnd];
            if (Closed(text, end, next, word, run) is { } closed)
            {
                return closed;
            }

            if (Ends(text, end, next, word, joiner) || !run.Takes(word, joiner, s_soft.Contains(word) || s_soft.Contains(Pair(text, next)), ref end))
            {
                break;
            }

            end = nextEnd;
        }

        return run.Finish(end);
    }

    // The number, date or year that closes the name at the word "word", or a trailing "sửa đổi"; null when it goes on.
    private static ScannedName? Closed(string text, int end, int next, string word, NameRun run)
    {
        var nextEnd = next + word.Length;
        switch (Closing(text, word, nextEnd, run.SoftFrom is not null))
        {
            case NameClosing.Number:
                return new ScannedName(end, NameClosing.Number, nextEnd, run.FirstJoin);
            case NameClosing.Date:
                return new ScannedName(end, NameClosing.Date, end, run.FirstJoin);
            case NameClosing.Year:
                var year = YearNext().Match(text, nextEnd);
                return new ScannedName(year.Index + year.Length, NameClosing.Year, end, run.FirstJoin);
        }

        // "Luật Bảo hiểm y tế sửa đổi." names the law being amended anew.
        return word == "sửa" && run.SoftFrom is null && TrailingAmended(text, next) is { } amendedEnd ? run.EndsAt(amendedEnd) : null;
    }

    private static NameClosing Closing(string text, string word, int wordEnd, bool tentative) => word switch
    {
        "số" when DigitNext().IsMatch(text, wordEnd) => NameClosing.Number,
        "ngày" when !tentative && DigitNext().IsMatch(text, wordEnd) => NameClosing.Date,
        "năm" when !tentative && YearNext().IsMatch(text, wordEnd) => NameClosing.Year,
        _ => NameClosing.None,
    };

    private static bool Ends(string text, int previousEnd, int at, string word, string joiner)
    {
        // "Luật Phòng không nhân dân": "không" of "phòng không" (air defence) is a noun, not the negation.
        var airDefence = word == "không" && (text.AsSpan(0, previousEnd).EndsWith("Phòng") || text.AsSpan(0, previousEnd).EndsWith("phòng"));
        if (TypeWordHere().IsMatch(text, at) || s_stops.Contains(word) && !airDefence || IsStopPair(text, at))
        {
            return true;
        }

        if (joiner == ",")
        {
            // A name goes on after a comma in lower case only ("Phòng, chống …"), and not into a new phrase.
            return !char.IsLower(word[0]) || IsPhraseStart(text, at);
        }

        if (word == "và")
        {
            // "và Luật …", "và các …", "và Ủy ban …" start something else; "và khoáng sản" is more of the name.
            var (after, _) = NextWord(text, WordEnd(text, at));
            return after < 0 || IsPhraseStart(text, after) || OrganHere().IsMatch(text, after)
                || Ends(text, WordEnd(text, at), after, text[after..WordEnd(text, after)], "và");
        }

        return false;
    }

    // The end of "sửa đổi" when it closes the name (punctuation or the line's end after it), else null.
    private static int? TrailingAmended(string text, int at)
    {
        var (next, _) = NextWord(text, WordEnd(text, at));
        if (next < 0 || text[next..WordEnd(text, next)] != "đổi")
        {
            return null;
        }

        var after = WordEnd(text, next);
        var p = after;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p >= text.Length || text[p] is '.' or ';' or ':' or ')' or ',' or '\n' or '\r' ? after : null;
    }

    /// <summary>The start of the next word of the name and what joins it ("", "," or "-"); -1 when the name cannot go on.</summary>
    private static (int Start, string Joiner) NextWord(string text, int end)
    {
        var joiner = string.Empty;
        var p = end;
        if (p < text.Length && text[p] == ',')
        {
            joiner = ",";
            p++;
        }

        var gap = SkipGap(text, p);
        if (gap == p && joiner.Length == 0 && p < text.Length && text[p] is '-' or '–')
        {
            return (-1, joiner);
        }

        if (joiner.Length == 0 && gap > p && gap < text.Length && text[gap] is '-' or '–')
        {
            // "Lao động - Thương binh": a dash between spaces joins the words of one name.
            joiner = "-";
            p = gap + 1;
            gap = SkipGap(text, p);
        }

        if (gap == p || gap >= text.Length || !char.IsLetter(text[gap]))
        {
            return (-1, joiner);
        }

        // A line wrapped inside a name goes on in lower case; a new line in capitals is a new paragraph.
        var newLine = text.AsSpan(p, gap - p).IndexOfAny('\n', '\r') >= 0;
        return newLine && !char.IsLower(text[gap]) ? (-1, joiner) : (gap, joiner);
    }

    // Spaces, and at most one line break among them.
    private static int SkipGap(string text, int p)
    {
        var breaks = 0;
        while (p < text.Length && (text[p] is ' ' or '\t' or '\u00A0' || text[p] == '\n' && ++breaks == 1 || text[p] == '\r'))
        {
            p++;
        }

        return p;
    }


}
