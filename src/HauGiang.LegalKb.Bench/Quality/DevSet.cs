using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Bench.Quality;

/// <summary>One judged query of the development set.</summary>
/// <param name="Line">Line number in the data file.</param>
/// <param name="Category">One of <see cref="DevSet.Categories"/>.</param>
/// <param name="Query">The query as a user types it.</param>
/// <param name="Judgments">Section or document id → grade (2 answers the query, 1 also relevant).</param>
public sealed record JudgedQuery(int Line, string Category, string Query, IReadOnlyDictionary<string, int> Judgments);

/// <summary>
/// The development set: a TSV with columns category, query, judgments ("id=grade;id=grade"). Lines starting with '#'
/// and blank lines are ignored. Every judged id must exist in the knowledge base.
/// </summary>
public static class DevSet
{
    /// <summary>The categories, in report order.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "plain", "no-diacritics", "tone-marks", "eth", "abbreviations", "numbers", "telex-vni", "upper-case", "headings", "natural",
        "partly-accented", "bare-numbers", "questions", "records", "phrase-order",
    ];

    /// <summary>Reads and checks the set.</summary>
    /// <exception cref="BenchException">A malformed line, an unknown category or an id not in the knowledge base.</exception>
    public static List<JudgedQuery> Load(string path, KnowledgeBase knowledgeBase)
    {
        if (!File.Exists(path))
        {
            throw new BenchException($"Development set not found: {path}");
        }

        var queries = new List<JudgedQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new BenchException($"{path}:{lineNumber}: expected 3 tab-separated columns, found {columns.Length}");
            }

            var category = columns[0].Trim();
            if (!Categories.Contains(category))
            {
                throw new BenchException($"{path}:{lineNumber}: unknown category '{category}'");
            }

            var judgments = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in columns[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pair = item.Split('=');
                if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 2)
                {
                    throw new BenchException($"{path}:{lineNumber}: bad judgment '{item}' (expected id=1 or id=2)");
                }

                var id = pair[0].Trim();
                if (knowledgeBase.Find(id) is not { Document: not null, Retired: null })
                {
                    throw new BenchException($"{path}:{lineNumber}: '{id}' is neither a section nor a document of the corpus");
                }

                if (!judgments.TryAdd(id, grade))
                {
                    throw new BenchException($"{path}:{lineNumber}: '{id}' judged twice");
                }
            }

            if (judgments.Count is < 1 or > 5 || !judgments.Values.Contains(2))
            {
                throw new BenchException($"{path}:{lineNumber}: a query needs 1–5 judged ids, at least one of grade 2");
            }

            queries.Add(new JudgedQuery(lineNumber, category, columns[1], judgments));
        }

        return queries;
    }
}
