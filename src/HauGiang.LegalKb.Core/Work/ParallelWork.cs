namespace HauGiang.LegalKb.Core.Work;

/// <summary>
/// Work spread over every core when there is enough of it (a corpus of thousands of files), and done on the calling
/// thread otherwise: the bundled corpus and a server's usual rebuilds are a handful of files, and borrowing the
/// thread pool for them only takes threads from the requests being served.
/// </summary>
public static class ParallelWork
{
    /// <summary>Fewer items than this are processed on the calling thread.</summary>
    public const int MinimumItems = 64;

    /// <summary><paramref name="selector"/> applied to every item; the results in the items' order.</summary>
    public static List<TResult> Select<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> selector) =>
        Worthwhile(items.Count)
            ? items.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(selector).ToList()
            : items.Select(selector).ToList();

    /// <summary>Runs <paramref name="action"/> on every item with its position, in no particular order when spread.</summary>
    public static void ForEach<TItem>(IReadOnlyList<TItem> items, Action<TItem, int> action)
    {
        if (!Worthwhile(items.Count))
        {
            for (var i = 0; i < items.Count; i++)
            {
                action(items[i], i);
            }

            return;
        }

        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (item, _, position) => action(item, (int)position));
    }

    private static bool Worthwhile(int count) => count >= MinimumItems && Environment.ProcessorCount > 1;
}
