namespace HauGiang.LegalKb.Core.Text;

/// <summary>One row of the thesaurus: a term, the words that mean the same in these documents, and where that comes from.</summary>
/// <param name="Term">The first column, as written.</param>
/// <param name="Synonyms">The second column split at "|", as written.</param>
/// <param name="Note">The third column: the source of the pair (the plan's wording, or common usage).</param>
/// <param name="Line">The line of the data file (1-based).</param>
public sealed record ThesaurusEntry(string Term, IReadOnlyList<string> Synonyms, string Note, int Line)
{
    /// <summary>The term followed by its synonyms.</summary>
    public IEnumerable<string> Members => Synonyms.Prepend(Term);
}
