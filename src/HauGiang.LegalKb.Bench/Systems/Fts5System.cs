using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace HauGiang.LegalKb.Bench.Systems;

/// <summary>
/// Baseline (a): SQLite FTS5 with <c>unicode61 remove_diacritics 2</c>, one row per section or document record, the way
/// a pragmatic developer would set it up: every query token is quoted (FTS5 syntax in user input never errors), the
/// tokens are OR-ed, hits are ranked by bm25 with the title column weighted twice the body, and each hit gets an FTS5
/// snippet, as a results page would show.
/// </summary>
public sealed class Fts5System : ISearchSystem
{
    private const int MaxTokens = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;
    private readonly SqliteParameter _match;
    private readonly SqliteParameter _limit;

    private Fts5System(SqliteConnection connection)
    {
        _connection = connection;
        _query = connection.CreateCommand();
        _query.CommandText = """
            SELECT id, snippet(rows, 2, '<mark>', '</mark>', '…', 24)
            FROM rows WHERE rows MATCH $match
            ORDER BY bm25(rows, 0.0, 2.0, 1.0)
            LIMIT $limit
            """;
        _match = _query.Parameters.Add("$match", SqliteType.Text);
        _limit = _query.Parameters.Add("$limit", SqliteType.Integer);
        _query.Prepare();
    }

    /// <inheritdoc />
    public string Name => "FTS5";

    /// <summary>
    /// Creates the FTS5 table and inserts <paramref name="rows"/> in one transaction. <paramref name="path"/> null keeps
    /// the database in memory.
    /// </summary>
    public static Fts5System Build(IReadOnlyList<SearchRow> rows, string? path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path ?? ":memory:",
            Mode = path is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE rows USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rows(id, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (var row in rows)
            {
                id.Value = row.Id;
                title.Value = row.Title;
                body.Value = row.Body;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return new Fts5System(connection);
    }

    /// <summary>
    /// The FTS5 MATCH expression for a query as typed: its letter-and-digit runs, each quoted, joined with OR; null
    /// when the query has none. Quoting makes every FTS5 operator and special character in user input a plain word.
    /// </summary>
    public static string? ToMatchExpression(string query)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        // Letters and digits only, so no token holds a double quote; quoting is still what keeps OR, AND, NOT, NEAR literal.
        return tokens.Count == 0 ? null : string.Join(" OR ", tokens.Take(MaxTokens).Select(t => "\"" + t + "\""));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Search(string query, int top)
    {
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        _match.Value = match;
        _limit.Value = top;
        var ids = new List<string>(top);
        using var reader = _query.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
            _ = reader.GetString(1);
        }

        return ids;
    }

    /// <summary>How many rows the query matches (not timed; for the report).</summary>
    public int Count(string query)
    {
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return 0;
        }

        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM rows WHERE rows MATCH $match";
        count.Parameters.AddWithValue("$match", match);
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _query.Dispose();
        _connection.Dispose();
    }
}
