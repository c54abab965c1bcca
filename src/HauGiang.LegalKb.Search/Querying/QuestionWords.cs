using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Search.Analysis;

namespace HauGiang.LegalKb.Search.Querying;

/// <summary>
/// Questions as cadres type them ("ai phải báo cáo UBND tỉnh định kỳ", "phụ nữ được hỗ trợ những gì"): the words that
/// make the question (ai, gì, nào, như thế nào, bao giờ, có … không …) and, in a question, the words that only carry
/// its grammar (phải, được, có, những …) are not searched, so they neither drown the content words nor exclude the
/// passage that answers without them. A question asking who favours passages that assign the work.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class QuestionWords
{
    // What makes a question, as normalised words (lower case, diacritics as written); longer phrases first. Phrases of
    // two words or more are recognised typed without diacritics too ("nhu the nao"); single words only as written,
    // except "ai", "gi" and "nao", which have no other common bare reading in these texts.
    private static readonly string[][] s_markers =
    [
        ["như", "thế", "nào"], ["thế", "nào"], ["ra", "sao"], ["bao", "giờ"], ["bao", "nhiêu"], ["bao", "lâu"],
        ["khi", "nào"], ["lúc", "nào"], ["ở", "đâu"], ["tại", "sao"], ["vì", "sao"], ["làm", "sao"], ["làm", "gì"],
        ["những", "gì"], ["cái", "gì"], ["điều", "gì"], ["việc", "gì"], ["hay", "không"], ["phải", "không"],
        ["cơ", "quan", "nào"], ["đơn", "vị", "nào"], ["bộ", "phận", "nào"], ["tổ", "chức", "nào"], ["ngành", "nào"],
        ["sở", "nào"], ["cấp", "nào"], ["ai"], ["gì"], ["nào"], ["đâu"], ["mấy"],
    ];

    // The markers that ask who: "ai", and a body asked for by "nào" ("cơ quan nào", "sở nào").
    private static readonly HashSet<string> s_whoMarkers = new(StringComparer.Ordinal)
    {
        "ai", "cơ quan nào", "đơn vị nào", "bộ phận nào", "tổ chức nào", "ngành nào", "sở nào", "cấp nào",
    };

    // In a question asking who, the words that only restate "who does it" ("ai chịu trách nhiệm tuyên truyền"):
    // the passage that answers says "chủ trì", not "trách nhiệm".
    private static readonly HashSet<string> s_whoFrame = new(StringComparer.Ordinal)
    {
        "chịu", "trách", "nhiệm", "phụ", "đảm", "giao",
    };

    private static readonly HashSet<string> s_bareSingles = new(StringComparer.Ordinal) { "ai", "gi", "nao" };

    // In a question, words that only carry its grammar; recognised only as written with their diacritics, since
    // bare they are other words ("co" may be "cơ" of "cơ sở").
    private static readonly HashSet<string> s_grammar = new(StringComparer.Ordinal)
    {
        "phải", "được", "cần", "nên", "có", "những", "là", "thì", "bị", "hãy", "đã", "sẽ", "đang",
    };

    /// <summary>
    /// Takes the question words out of <paramref name="parsed"/>'s words when the query is a question (a question word,
    /// "có … không" or a question mark in <paramref name="typed"/>), notes what was left out, and marks a question asking
    /// who (<see cref="ParsedQuery.AsksWho"/>). A query left with no word keeps its words.
    /// </summary>
    public static void Apply(ParsedQuery parsed, string? typed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var words = parsed.Words;
        var dropped = new bool[words.Count];
        var asksWho = false;
        var isQuestion = MarkFrame(words, dropped);
        for (var i = 0; i < words.Count; i++)
        {
            if (dropped[i] || Marker(words, i) is not { } length)
            {
                continue;
            }

            isQuestion = true;
            asksWho |= s_whoMarkers.Contains(string.Join(' ', words.Skip(i).Take(length).Select(Exact)));
            Array.Fill(dropped, true, i, length);
            i += length - 1;
        }

        isQuestion |= typed?.Contains('?', StringComparison.Ordinal) == true;
        if (!isQuestion)
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            dropped[i] |= s_grammar.Contains(Exact(words[i])) || (asksWho && IsWhoFrame(words, i));
        }

        if (dropped.All(d => d))
        {
            return;
        }

        var left = words.Where((_, i) => dropped[i]).ToList();
        var kept = words.Where((_, i) => !dropped[i]).ToList();
        words.Clear();
        words.AddRange(kept);
        parsed.AsksWho = asksWho;
        if (left.Count > 0)
        {
            parsed.Notes.Add("câu hỏi, không tìm các từ: " + string.Join(' ', left));
        }

        if (asksWho)
        {
            parsed.Notes.Add("hỏi ai làm: ưu tiên đoạn giao chủ trì, phối hợp");
        }
    }

    // "chịu trách nhiệm", "phụ trách", "đảm nhiệm", "được giao": a who-frame word beside another one.
    private static bool IsWhoFrame(IReadOnlyList<string> words, int i) =>
        s_whoFrame.Contains(Exact(words[i]))
        && ((i > 0 && s_whoFrame.Contains(Exact(words[i - 1]))) || (i + 1 < words.Count && s_whoFrame.Contains(Exact(words[i + 1])))
            || (Exact(words[i]) == "giao" && i > 0 && Exact(words[i - 1]) == "được"));

    // "có … không", "đã … chưa": the opening word and the closing one make a question.
    private static bool MarkFrame(IReadOnlyList<string> words, bool[] dropped)
    {
        if (words.Count < 3)
        {
            return false;
        }

        var last = Exact(words[^1]);
        var opening = last switch { "không" => "có", "chưa" => "đã", _ => null };
        var at = opening is null ? -1 : words.Take(words.Count - 1).Select(Exact).ToList().IndexOf(opening);
        if (at < 0)
        {
            return false;
        }

        dropped[at] = true;
        dropped[^1] = true;
        return true;
    }

    // How many words from i on make a question marker; null when none does.
    private static int? Marker(IReadOnlyList<string> words, int i)
    {
        foreach (var marker in s_markers)
        {
            // "hay không", "phải không" close a question; inside one they are other words.
            if (i + marker.Length > words.Count || (marker[^1] == "không" && i + marker.Length != words.Count))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < marker.Length && matches; k++)
            {
                var word = words[i + k];
                matches = Exact(word) == marker[k]
                    || (!SearchText.HasDiacritics(word) && (marker.Length > 1 || s_bareSingles.Contains(word.ToLowerInvariant()))
                        && VietnameseText.RemoveDiacritics(marker[k]) == word.ToLowerInvariant());
            }

            if (matches)
            {
                return marker.Length;
            }
        }

        return null;
    }

    private static string Exact(string word) => SearchText.NormalizeWord(word, fold: false);
}
