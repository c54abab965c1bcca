using System.Globalization;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Quotations;

/// <summary>
/// A document's subject (trích yếu) as it reads inside a sentence: titles printed in capitals get their ordinary
/// spelling back ("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỐ 226-CTR/TU … CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" → "triển khai thực
/// hiện Chương trình số 226-CTr/TU … của Ban Chấp hành Đảng bộ tỉnh"). Never throws.
/// </summary>
public static class SubjectText
{
    // Words that open a subject without "về": "ban hành Quy chế …", "thực hiện Nghị quyết …".
    private static readonly string[] s_verbs =
    [
        "về ", "ban hành ", "quy định ", "hướng dẫn ", "triển khai ", "thực hiện ", "phê duyệt ", "sửa đổi ", "bổ sung ",
        "tổ chức ", "phối hợp ", "công bố ", "thành lập ",
    ];

    // Words that end an issuing body after "của" in a title.
    private static readonly HashSet<string> s_organEnds = new(StringComparer.Ordinal)
    {
        "VỀ", "THỰC", "TRIỂN", "NGÀY", "NHẰM", "ĐỂ", "TRONG", "ĐỐI", "GIAI", "ĐẾN", "QUY", "HƯỚNG",
    };

    private static readonly HashSet<string> s_beforeRoman = new(StringComparer.Ordinal) { "KHÓA", "KHOÁ", "PHẦN", "CHƯƠNG", "LẦN" };

    /// <summary>The subject as it reads inside a sentence (see the type's remarks).</summary>
    public static string Of(string subject)
    {
        var text = VietnameseText.TrimSpaces(subject);
        if (text.Length == 0)
        {
            return text;
        }

        if (VietnameseText.IsUpperCaseLine(text))
        {
            return FromCapitals(text);
        }

        // "Về việc …", "Ban hành …": the opening word of a title is lower case inside a sentence.
        return s_verbs.Any(v => text.StartsWith(v, StringComparison.OrdinalIgnoreCase))
            ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..]
            : text;
    }

    /// <summary>
    /// The subject as the full citation form joins it to the document's name, as Vietnamese documents write it: a subject
    /// that opens with a verb or with "về" follows as it is ("ban hành Quy chế …", "thực hiện Nghị quyết …"); any other
    /// is the document's title, quoted after "về" with its capital ("về “Tiếp tục phát huy …”").
    /// </summary>
    public static string WithConnector(string subject)
    {
        if (s_verbs.Any(v => subject.StartsWith(v, StringComparison.Ordinal)))
        {
            return subject;
        }

        var title = subject.Trim().Trim('“', '”', '"').Trim();
        return title.Length == 0 ? subject : $"về “{char.ToUpper(title[0], CultureInfo.InvariantCulture)}{title[1..]}”";
    }

    private static string FromCapitals(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (MatchType(words, i) is { } type)
            {
                result.Add(type.Name);
                i += type.Name.Split(' ').Length - 1;
                continue;
            }

            var word = words[i];
            if (word == "CỦA")
            {
                result.Add("của");
                var end = i + 1;
                while (end < words.Length && !EndsOrgan(words, end))
                {
                    end++;
                    if (words[end - 1].EndsWith(',') || words[end - 1].EndsWith(';'))
                    {
                        break;
                    }
                }

                if (end > i + 1)
                {
                    result.Add(OrganNames.FromUpperCase(string.Join(' ', words[(i + 1)..end])));
                    i = end - 1;
                }

                continue;
            }

            result.Add(Word(word, i > 0 ? words[i - 1] : null));
        }

        return string.Join(' ', result);
    }

    // A type word followed by "SỐ" or a number: "CHƯƠNG TRÌNH SỐ 226-CTR/TU" names a document.
    private static DocumentType? MatchType(string[] words, int i)
    {
        foreach (var type in DocumentType.Known)
        {
            var parts = type.Name.Split(' ');
            if (i + parts.Length >= words.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < parts.Length && matches; k++)
            {
                matches = words[i + k] == VietnameseText.ToUpper(parts[k]);
            }

            var next = words[i + parts.Length];
            if (matches && (next == "SỐ" || next.Any(char.IsDigit)))
            {
                return type;
            }
        }

        return null;
    }

    private static bool EndsOrgan(string[] words, int i) =>
        s_organEnds.Contains(words[i])
        || (words[i] == "BAN" && i + 1 < words.Length && words[i + 1] == "HÀNH")
        || words[i].StartsWith('“') || words[i].StartsWith('"') || MatchType(words, i) is not null;

    private static string Word(string word, string? previous)
    {
        // Keep quotes and punctuation around the word; change only its letters.
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        var core = word[start..end];
        string changed;

        // A title quoted inside the subject keeps its capital: "VỀ “TIẾP TỤC …”" → "về “Tiếp tục …”".
        var opensQuote = word[..start].Contains('“', StringComparison.Ordinal) || word[..start].Contains('"', StringComparison.Ordinal);
        if (core.Any(char.IsDigit))
        {
            changed = DocumentNumber.TryParse(core, out var number) ? number.Value.Value : core;
        }
        else if (previous is not null && s_beforeRoman.Contains(previous) && core.All(c => "IVXLCDM".Contains(c)))
        {
            changed = core;
        }
        else
        {
            changed = core.ToLower(CultureInfo.InvariantCulture);
        }

        if (opensQuote && changed.Length > 0)
        {
            changed = char.ToUpper(changed[0], CultureInfo.InvariantCulture) + changed[1..];
        }

        return word[..start] + changed + word[end..];
    }
}
