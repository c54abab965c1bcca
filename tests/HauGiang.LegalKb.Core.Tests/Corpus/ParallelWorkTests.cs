using HauGiang.LegalKb.Core.Work;

namespace HauGiang.LegalKb.Core.Tests.Corpus;

/// <summary>Few items stay on the calling thread; many are spread, and come back in order either way.</summary>
public sealed class ParallelWorkTests
{
    [Fact]
    public void FewItemsStayOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var items = Enumerable.Range(0, ParallelWork.MinimumItems - 1).ToList();

        var threads = ParallelWork.Select(items, _ => Environment.CurrentManagedThreadId);
        var forEachThreads = new System.Collections.Concurrent.ConcurrentBag<int>();
        ParallelWork.ForEach(items, (_, _) => forEachThreads.Add(Environment.CurrentManagedThreadId));

        Assert.All(threads, t => Assert.Equal(caller, t));
        Assert.All(forEachThreads, t => Assert.Equal(caller, t));
    }

    [Fact]
    public void ManyItemsComeBackInOrderWithTheirPositions()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => $"item {i}").ToList();

        Assert.Equal(items.Select(i => i.ToUpperInvariant()), ParallelWork.Select(items, i => i.ToUpperInvariant()));

        var seen = new string[items.Count];
        ParallelWork.ForEach(items, (item, position) => seen[position] = item);
        Assert.Equal(items, seen);
    }
}
