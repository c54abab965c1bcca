using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Gives each numbered reference the subject the words after it state ("về việc …"), and chains a reference to the
/// one it is implemented by ("Chương trình 226-CTr/TU … thực hiện Nghị quyết 43-NQ/TW").
/// </summary>
internal static class SubjectsAndChains
{
    public static List<CitationMention> Run(string text, List<CitationMention> mentions)
    {
        var result = new List<CitationMention>(mentions);
        for (var k = 0; k < result.Count; k++)
        {
            var mention = result[k];
            if (mention.Number is null)
            {
                continue;
            }

            var regionEnd = text.Length;
            if (CitationGrammar.SubjectEnd().Match(text, mention.Span.End) is { Success: true } stop)
            {
                regionEnd = stop.Index;
            }

            var nextIndex = result.FindIndex(k + 1, n => (n.Number is not null || n.IsSelfReference) && n.Span.Start >= mention.Span.End);
            var nextNumbered = nextIndex >= 0 ? result[nextIndex] : null;
            if (nextNumbered is not null && nextNumbered.Span.Start < regionEnd)
            {
                var gap = text[mention.Span.End..nextNumbered.Span.Start];
                if (CitationGrammar.ChainGap().IsMatch(gap))
                {
                    result[nextIndex] = nextNumbered with { ImplementedBy = k };
                    continue;
                }

                regionEnd = nextNumbered.Span.Start;
            }

            var region = text[mention.Span.End..regionEnd];
            var keyword = CitationGrammar.SubjectKeyword().Match(region);
            string? subject = null;
            if (keyword.Success)
            {
                subject = region[keyword.Length..];
            }
            else if ((mention.Issuer is not null || region.TrimStart().StartsWith("ban hành", StringComparison.OrdinalIgnoreCase))
                     && !region.TrimStart().StartsWith(',') && region.Trim().Length > 0)
            {
                subject = region;
            }

            subject = subject is null ? null : CleanSubject(subject);
            if (!string.IsNullOrEmpty(subject))
            {
                result[k] = mention with { Subject = subject };
            }
        }

        return result;
    }

    private static string CleanSubject(string subject)
    {
        var s = subject.Trim().TrimEnd(',', ' ');
        if (s.Length >= 2 && (s[0] == '“' && s[^1] == '”' || s[0] == '"' && s[^1] == '"'))
        {
            s = s[1..^1];
        }

        return s.Trim();
    }

}
