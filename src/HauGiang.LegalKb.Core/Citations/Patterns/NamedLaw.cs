using System.Globalization;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>
/// A law named by its name ("Luật Thực hiện dân chủ ở cơ sở", "Bộ luật Lao động", "Pháp lệnh …"), with the number,
/// date or year that may follow the name ("Luật Đất đai số 31/2024/QH15", "Luật Tổ chức Chính phủ ngày 18/02/2025").
/// </summary>
/// <remarks>Where a name ends is <see cref="LawNames"/>' grammar: whole names, never cut short, never run into the next law.</remarks>
public sealed partial class NamedLaw : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        var text = citationText.Value;
        var found = new List<(int Start, string TypeWord, ScannedName Name)>();
        var claimedTo = 0;
        foreach (Match m in LawTypeWord().Matches(text))
        {
            // "Quốc hội ban hành Luật sửa đổi, bổ sung … của Luật X số …" enacts the text itself: the law cited is X.
            if (Enacting().IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(m.Index, 20))) && AmendingName().IsMatch(text, m.Index + m.Length))
            {
                continue;
            }

            // An amending law's name holds the names of the laws it amends: those are not references of their own.
            if (m.Index >= claimedTo && LawNames.Scan(text, m.Index + m.Length) is { } scanned)
            {
                found.Add((m.Index, m.Groups["type"].Value, scanned));
                claimedTo = scanned.NameEnd;
            }
        }

        // A name that ends on its own elsewhere in the text ("Bộ luật Lao động") does not run on through a comma or
        // "và" here ("Bộ luật Lao động, tiền thưởng sáng kiến"): the words after it are a list, not more of the name.
        var alone = found.Where(f => f.Name.JoinedAt is null).Select(f => NameOf(text, f.Start, f.Name.NameEnd)).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, typeWord, name) in found)
        {
            var cut = name is { JoinedAt: { } joined, Closing: NameClosing.None } && alone.Contains(NameOf(text, start, joined))
                ? name with { NameEnd = joined, ClosingAt = joined, JoinedAt = null }
                : name;
            yield return ToMention(text, start, typeWord, cut);
        }
    }

    private static string NameOf(string text, int start, int end) => Spaces().Replace(text[start..end], " ");

    private static CitationMention ToMention(string text, int start, string typeWord, ScannedName scanned)
    {
        var name = NameOf(text, start, scanned.NameEnd);
        var type = DocumentType.FromName(typeWord);
        switch (scanned.Closing)
        {
            case NameClosing.Number:
                var at = scanned.ClosingAt;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                var number = CitationGrammar.Number().Match(text, at);
                if (number.Success && number.Index == at && DocumentNumber.TryParse(number.Value, out var parsed))
                {
                    return NumberedReference.WithWhatFollows(text, start, at + number.Length, parsed.Value, type) with { Name = name };
                }

                break;
            case NameClosing.Date:
                return NumberedReference.WithWhatFollows(text, start, scanned.NameEnd, null, type) with { Name = name };
            case NameClosing.Year:
                var year = int.Parse(text.AsSpan(scanned.NameEnd - 4, 4), CultureInfo.InvariantCulture);
                return NumberedReference.WithWhatFollows(text, start, scanned.NameEnd, null, type) with { Name = name, Year = year };
        }

        return CitationGrammar.Named(text, start, scanned.NameEnd, name) with { Type = type };
    }

    // Case-sensitive: "luật" in running text ("pháp luật", "theo luật") is no type word.
    [GeneratedRegex(@"(?<![\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh) (?=\p{L})")]
    private static partial Regex LawTypeWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\p{L}])ban hành\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Enacting();

    [GeneratedRegex(@"\Gsửa\s+đổi")]
    private static partial Regex AmendingName();
}
