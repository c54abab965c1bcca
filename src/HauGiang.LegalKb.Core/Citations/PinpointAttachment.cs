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
    // Anchors come sorted by position; tokens and anchors are walked side by side, and a list's words up to its anchor
    // are matched in place: a copy of the text between every pinpoint and every later anchor made long texts quadratic
    // (an 870,000-character resolution with 2,300 references took a minute).
    public static List<CitationMention> Run(string text, List<CitationMention> anchors)
    {
        var result = new List<CitationMention>(anchors);
        var tokens = Unclaimed(CitationGrammar.PinpointToken().Matches(text), anchors);
        var i = 0;
        var next = 0;
        while (i < tokens.Count)
        {
            var list = NextList(text, tokens, ref i);
            var listEnd = list[^1].Index + list[^1].Length;

            // Only the first anchor after the list can follow it with nothing but "của", "tại" or "Quy chế … kèm theo" between.
            while (next < anchors.Count && anchors[next].Span.Start < listEnd)
            {
                next++;
            }

            var join = next < anchors.Count && anchors[next].Span.Start - listEnd <= 80
                ? CitationGrammar.PinpointJoin().Match(text, listEnd, anchors[next].Span.Start - listEnd)
                : Match.Empty;
            if (join.Success)
            {
                AttachToAnchor(text, result, next, list, join);
            }
            else if (!CitationGrammar.PinpointIntoOtherDocument().Match(text, listEnd, text.Length - listEnd).Success)
            {
                // (A pinpoint followed by "của Quyết định …" whose number could not be read is a reference, but not
                // into this document: it is dropped.)
                AddSelfReferences(text, result, list);
            }
        }

        return result;
    }

    // The pinpoint at i and those joined to it by list separators ("khoản 4 Điều 23, khoản 4 Điều 33"); i moves past them.
    private static List<Match> NextList(string text, List<Match> tokens, ref int i)
    {
        var list = new List<Match> { tokens[i] };
        while (i + 1 < tokens.Count && CitationGrammar.ListSeparator().IsMatch(Gap(text, tokens[i].Index + tokens[i].Length, tokens[i + 1].Index)))
        {
            list.Add(tokens[++i]);
        }

        i++;
        return list;
    }

    // The anchor takes the list's first pinpoint and its span; every further pinpoint becomes a reference of its own.
    private static void AttachToAnchor(string text, List<CitationMention> result, int anchorIndex, List<Match> list, Match join)
    {
        var anchor = result[anchorIndex];
        var attached = join.Groups["attached"];
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
    }

    private static void AddSelfReferences(string text, List<CitationMention> result, List<Match> list)
    {
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

    // The pinpoint tokens no anchor claims, both lists in order of position.
    private static List<Match> Unclaimed(MatchCollection tokens, List<CitationMention> anchors)
    {
        var result = new List<Match>(tokens.Count);
        var a = 0;
        foreach (Match token in tokens)
        {
            while (a < anchors.Count && anchors[a].Span.End <= token.Index)
            {
                a++;
            }

            // Anchors do not overlap one another, so the first not ending before the token is the only one that can overlap it.
            if (a >= anchors.Count || anchors[a].Span.Start >= token.Index + token.Length)
            {
                result.Add(token);
            }
        }

        return result;
    }

    private static ReadOnlySpan<char> Gap(string text, int from, int to) => to - from <= 40 ? text.AsSpan(from, to - from) : "x";
}
