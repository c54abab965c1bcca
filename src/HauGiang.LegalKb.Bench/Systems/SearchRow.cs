using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Bench.Systems;

/// <summary>
/// One searchable unit as the baselines see it: a section (heading + own text) or a document record (type, number,
/// title or subject, issuer). The product indexes the same units through its own mapper.
/// </summary>
/// <param name="Id">Section id, or document id for a record.</param>
/// <param name="Title">Heading of the section; type, number and title of a record.</param>
/// <param name="Body">Own text of the section; subject and issuer of a record.</param>
public sealed record SearchRow(string Id, string Title, string Body)
{
    /// <summary>The rows of every document and every section of <paramref name="knowledgeBase"/>.</summary>
    public static List<SearchRow> From(KnowledgeBase knowledgeBase)
    {
        var rows = new List<SearchRow>();
        foreach (var document in knowledgeBase.Documents)
        {
            var m = document.Metadata;
            var title = string.Join(' ', new[] { m.Type?.Name, m.Number?.Value, m.Title ?? m.Subject }.Where(s => !string.IsNullOrEmpty(s)));
            var subject = m.Title is not null && m.Subject is not null && m.Subject != m.Title ? m.Subject : null;
            var body = string.Join('\n', new[] { subject, m.Issuer }.Where(s => !string.IsNullOrEmpty(s)));
            rows.Add(new SearchRow(document.Id.Value, title, body));
            foreach (var section in document.AllSections())
            {
                rows.Add(new SearchRow(section.Id.ToString(), section.Heading ?? section.Title ?? string.Empty, section.Text));
            }
        }

        return rows;
    }
}
