using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// Finds every reference to a document in a text (pass one of two; <see cref="CitationResolver"/> is pass two).
/// </summary>
/// <remarks>
/// Judged by the grammar, not by luck: a number counts only after a type word ("Nghị quyết số 43-NQ/TW",
/// "Quy định 977-QĐ/TU"), in a list after one, or after "tại"/"theo"; a name counts when it is a law's name or a
/// catalogued name; "Kế hoạch này" is a self-reference; a pinpoint ("khoản 4 Điều 23") attaches to the reference
/// after it, or to this document when none follows. Pure and thread-safe; never throws.
/// </remarks>
public sealed class CitationExtractor
{
    // Each known name as written and as compared (NFC, one tone placement), reduced once rather than per text.
    private readonly IReadOnlyList<(string Name, string Comparable)> _knownNames;

    /// <summary>An extractor that also recognises <paramref name="knownNames"/> (catalogue names of documents).</summary>
    public CitationExtractor(IEnumerable<string>? knownNames = null) =>
        _knownNames = (knownNames ?? []).Where(n => n.Length > 3).OrderByDescending(n => n.Length)
            .Select(n => (n, CitedDocumentKey.ToneInsensitive(VietnameseText.Normalize(n)))).ToList();

    /// <summary>Every reference in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<CitationMention> Extract(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var anchors = new List<CitationMention>();
        AddNumbers(text, anchors);
        AddNamed(text, anchors);
        AddSelfReferences(text, anchors);
        anchors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var withPinpoints = AttachPinpoints(text, anchors);
        withPinpoints.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return AddSubjectsAndChains(text, withPinpoints);
    }

    private static void AddNumbers(string text, List<CitationMention> found)
    {
        foreach (Match m in CitationGrammar.Number().Matches(text))
        {
            if (!DocumentNumber.TryParse(m.Value, out var number))
            {
                continue;
            }

            var left = text[Math.Max(0, m.Index - 60)..m.Index];
            var start = m.Index;
            DocumentType? type;
            if (CitationGrammar.TypeBefore().Match(left) is { Success: true } typeWord)
            {
                start = m.Index - (left.Length - typeWord.Index);
                type = DocumentType.FromName(typeWord.Groups["type"].Value) ?? DocumentType.FromCode(number.Value.Code);
            }
            else if (found.Count > 0 && found[^1].Number is not null && found[^1].Type is { } listType
                     && CitationGrammar.ListSeparator().IsMatch(text[found[^1].Span.End..m.Index]))
            {
                // "các Đề án số 01-ĐA/TU, 05-ĐA/TU": the type word serves the whole list.
                type = listType;
            }
            else if (CitationGrammar.BareNumberLeadIn().IsMatch(left))
            {
                type = DocumentType.FromCode(number.Value.Code);
            }
            else
            {
                continue;
            }

            // What follows is matched in place (the patterns are anchored at "end"): a copy of the rest of the text
            // per number made long documents quadratic.
            var end = m.Index + m.Length;
            DateOnly? issuedOn = null;
            int? year = null;
            string? issuer = null;
            if (CitationGrammar.YearAfter().Match(text, end, text.Length - end) is { Success: true } y)
            {
                year = int.Parse(y.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                end += y.Length;
            }

            if (CitationGrammar.DateAfter().Match(text, end, text.Length - end) is { Success: true } d)
            {
                issuedOn = VietnameseDate.TryParse(d.Groups["d"].Value.Replace(" ", string.Empty, StringComparison.Ordinal))
                    ?? VietnameseDate.TryParse(d.Groups["d"].Value);
                end += d.Length;
            }

            if (CitationGrammar.IssuerAfter().Match(text, end, text.Length - end) is { Success: true } i)
            {
                issuer = OrganNames.FromUpperCase(i.Groups["issuer"].Value);
                end += i.Length;
            }

            found.Add(new CitationMention
            {
                Span = TextSpan.FromBounds(start, end),
                Text = text[start..end],
                Number = number,
                Type = type,
                IssuedOn = issuedOn,
                Year = year ?? issuedOn?.Year,
                Issuer = issuer,
                LeadIn = LeadIn(text, start),
            });
        }
    }

    private void AddNamed(string text, List<CitationMention> found)
    {
        foreach (Match m in CitationGrammar.CentralResolution().Matches(text))
        {
            var terms = m.Groups["k"].Captures;
            for (var t = 0; t < terms.Count; t++)
            {
                var start = t == 0 ? m.Index : terms[t].Index;
                var end = terms[t].Index + terms[t].Length;
                Add(found, new CitationMention
                {
                    Span = TextSpan.FromBounds(start, end),
                    Text = text[start..end],
                    Type = DocumentType.FromName("Nghị quyết"),
                    Name = $"Nghị quyết Trung ương {m.Groups["n"].Value} khóa {m.Groups["t"].Captures[t].Value}",
                    LeadIn = LeadIn(text, start),
                });
            }
        }

        var comparable = CitedDocumentKey.ToneInsensitive(VietnameseText.Normalize(text));
        foreach (var (name, wanted) in _knownNames)
        {
            for (var at = comparable.IndexOf(wanted, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = comparable.IndexOf(wanted, at + wanted.Length, StringComparison.OrdinalIgnoreCase))
            {
                var boundaryBefore = at == 0 || !char.IsLetter(text[at - 1]);
                var after = at + wanted.Length;
                var boundaryAfter = after >= text.Length || !char.IsLetter(text[after]);
                if (boundaryBefore && boundaryAfter)
                {
                    Add(found, Named(text, at, after, name));
                }
            }
        }

        foreach (Match m in CitationGrammar.NamedLaw().Matches(text))
        {
            Add(found, Named(text, m.Index, m.Index + m.Length, m.Value));
        }
    }

    private static CitationMention Named(string text, int start, int end, string name) => new()
    {
        Span = TextSpan.FromBounds(start, end),
        Text = text[start..end],
        Type = DocumentType.FromName(name.StartsWith("Bộ luật", StringComparison.Ordinal) ? "Bộ luật" : name.Split(' ')[0] == "Luật" ? "Luật" : null)
            ?? DocumentType.Known.FirstOrDefault(t => name.StartsWith(t.Name, StringComparison.OrdinalIgnoreCase)),
        Name = name,
        LeadIn = LeadIn(text, start),
    };

    private static void AddSelfReferences(string text, List<CitationMention> found)
    {
        foreach (Match m in CitationGrammar.SelfReference().Matches(text))
        {
            Add(found, new CitationMention
            {
                Span = new TextSpan(m.Index, m.Length),
                Text = m.Value,
                Type = DocumentType.FromName(m.Groups["type"].Value),
                IsSelfReference = true,
            });
        }
    }

    // Pinpoints attach to the reference right after them; a list ("khoản 4 Điều 23, khoản 4 Điều 33 của Luật …")
    // gives one reference per pinpoint. A pinpoint with no reference after it points into this document.
    private static List<CitationMention> AttachPinpoints(string text, List<CitationMention> anchors)
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
                    LeadIn = LeadIn(text, list[0].Index),
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

    private static List<CitationMention> AddSubjectsAndChains(string text, List<CitationMention> mentions)
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

            var nextNumbered = result.Skip(k + 1).FirstOrDefault(n => (n.Number is not null || n.IsSelfReference) && n.Span.Start >= mention.Span.End);
            if (nextNumbered is not null && nextNumbered.Span.Start < regionEnd)
            {
                var gap = text[mention.Span.End..nextNumbered.Span.Start];
                if (CitationGrammar.ChainGap().IsMatch(gap))
                {
                    var nextIndex = result.IndexOf(nextNumbered);
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

    private static RelationKind LeadIn(string text, int start)
    {
        var left = text[Math.Max(0, start - 40)..start];
        return CitationGrammar.ImplementsBefore().IsMatch(left) ? RelationKind.Implements
            : CitationGrammar.BasedOnBefore().IsMatch(left) ? RelationKind.BasedOn
            : RelationKind.Cites;
    }

    private static void Add(List<CitationMention> found, CitationMention mention)
    {
        if (!found.Any(f => Overlaps(f.Span, mention.Span)))
        {
            found.Add(mention);
        }
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static bool Overlaps(TextSpan a, Match b) => a.Start < b.Index + b.Length && b.Index < a.End;
}
