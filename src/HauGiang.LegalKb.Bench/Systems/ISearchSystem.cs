namespace HauGiang.LegalKb.Bench.Systems;

/// <summary>A search system under test: takes a query as typed, returns the ids of its best hits, best first.</summary>
public interface ISearchSystem : IDisposable
{
    /// <summary>Short name for tables.</summary>
    string Name { get; }

    /// <summary>Ids (section id, or document id for a record) of the top <paramref name="top"/> hits.</summary>
    IReadOnlyList<string> Search(string query, int top);
}
