using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Attaches pinpoints ("khoản 4 Điều 23") to the reference right after them; a pinpoint with no reference after it
/// points into the citing document.
/// </summary>
internal static class PinpointAttachment
{
    // Pinpoints attach to the reference right after them; a list ("khoản 4 Điều 23, khoản 4 Điều 33 của Luật …")
    // gives one reference per pinpoint. A pinpoint with no reference after it points into this document.
    public static List<CitationMention> Run(string text, List<CitationMention> anchors)
    {
        var result = new List<CitationMention>(anchors);
        var tokens = CitationGrammar.PinpointToken().Matches(text).Where(t => !anchors.Any(a => Overlaps(a.Span, t))).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            var list = new List<Match> { tokens[i] };
            while (i + 1 < tokens.Count && CitationGrammar.ListSeparator().IsMatch(text[(tokens[i].Index + tokens[i].Length)..tokens[i + 1].Index]))
            {
                list.Add(tokens[++i]);
            }

            i++;
            var listEnd = list[^1].Index + list[^1].Length;
            var anchorIndex = result.FindIndex(a => a.Span.Start >= listEnd && CitationGrammar.PinpointJoin().IsMatch(text[listEnd..a.Span.Start]));
            if (anchorIndex >= 0)
            {
                var anchor = result[anchorIndex];
                var attached = CitationGrammar.PinpointJoin().Match(text[listEnd..anchor.Span.Start]).Groups["attached"];
                var attachment = attached.Success ? attached.Value : null;
                result[anchorIndex] = anchor with
                {
                    Span = TextSpan.FromBounds(list[0].Index, anchor.Span.End),
                    Text = text[list[0].Index..anchor.Span.End],
                    Pinpoint = ToPinpoint(list[0]) with { Attachment = attachment },
                    LeadIn = CitationGrammar.LeadIn(text, list[0].Index),
                };
                foreach (var extra in list.Skip(1))
                {
                    result.Add(anchor with { Span = new TextSpan(extra.Index, extra.Length), Text = extra.Value, Pinpoint = ToPinpoint(extra) with { Attachment = attachment } });
                }

                continue;
            }

            if (CitationGrammar.PinpointIntoOtherDocument().Match(text, listEnd, text.Length - listEnd).Success)
            {
                // "Điều 5 của Quyết định …" whose number could not be read: a reference, but not into this document.
                continue;
            }

            foreach (var token in list)
            {
                var pinpoint = ToPinpoint(token);
                var hasArticle = pinpoint.Has(SectionKind.Article);
                var leadIn = CitationGrammar.PinpointLeadIn().IsMatch(text[Math.Max(0, token.Index - 20)..token.Index]);
                if (pinpoint.RelativeToArticle && pinpoint.Parts.Count == 0)
                {
                    continue;
                }

                // "Điều 5" alone at a sentence start is a heading-like mention; with khoản/điểm or after "tại" it is a reference.
                if (!hasArticle || pinpoint.Parts.Count > 1 || leadIn || list.Count > 1)
                {
                    result.Add(new CitationMention
                    {
                        Span = new TextSpan(token.Index, token.Length),
                        Text = token.Value,
                        Pinpoint = pinpoint,
                        IsSelfReference = true,
                    });
                }
            }
        }

        return result;
    }

    private static Pinpoint ToPinpoint(Match token)
    {
        var parts = new List<PinpointPart>();
        void AddPart(string group, SectionKind kind)
        {
            if (token.Groups[group].Success)
            {
                parts.Add(new PinpointPart(kind, group == "part" ? token.Groups[group].Value.ToUpperInvariant() : token.Groups[group].Value.ToLowerInvariant()));
            }
        }

        AddPart("part", SectionKind.Part);
        AddPart("sec", SectionKind.Section);
        AddPart("subsec", SectionKind.Subsection);
        AddPart("article", SectionKind.Article);
        AddPart("clause", SectionKind.Clause);
        AddPart("point", SectionKind.Point);
        return new Pinpoint(token.Value, parts, token.Groups["here"].Success);
    }

    private static bool Overlaps(TextSpan a, Match b) => a.Start < b.Index + b.Length && b.Index < a.End;
}
