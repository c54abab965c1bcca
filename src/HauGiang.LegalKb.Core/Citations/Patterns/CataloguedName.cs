namespace HauGiang.LegalKb.Core.Citations.Patterns;

/// <summary>A name the catalogue gives a document ("Đề án 01-ĐA/TU" may be known as "Đề án phát triển …"), as whole words, in any tone placement.</summary>
public sealed class CataloguedName : CitationPattern
{
    /// <inheritdoc />
    public override IEnumerable<CitationMention> Find(CitationText citationText)
    {
        if (citationText.KnownNames.Count == 0)
        {
            yield break;
        }

        var text = citationText.Value;
        var comparable = citationText.Comparable;
        foreach (var (name, wanted) in citationText.KnownNames)
        {
            for (var at = comparable.IndexOf(wanted, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = comparable.IndexOf(wanted, at + wanted.Length, StringComparison.OrdinalIgnoreCase))
            {
                var boundaryBefore = at == 0 || !char.IsLetter(text[at - 1]);
                var after = at + wanted.Length;
                var boundaryAfter = after >= text.Length || !char.IsLetter(text[after]);
                if (boundaryBefore && boundaryAfter)
                {
                    yield return CitationGrammar.Named(text, at, after, name);
                }
            }
        }
    }
}
