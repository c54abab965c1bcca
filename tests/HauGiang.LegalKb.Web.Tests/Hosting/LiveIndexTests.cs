using HauGiang.LegalKb.Core.Storage;
using HauGiang.LegalKb.Search;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Web.Hosting;

namespace HauGiang.LegalKb.Web.Tests.Hosting;

public sealed class LiveIndexTests
{
    private static LoadedIndex Loaded(string name)
    {
        var knowledgeBase = new IndexStore(TestCorpus.SharedIndex).Load();
        return new LoadedIndex(knowledgeBase, SearchEngine.InMemory(knowledgeBase), name, null);
    }

    [Fact]
    public void ASwapLeavesARunningRequestOnItsGenerationUntilItEnds()
    {
        using var live = new LiveIndex();
        var old = Loaded("gen-a");
        live.Replace(old);
        var running = live.Enter();

        live.Replace(Loaded("gen-b"));

        Assert.Equal("gen-b", live.Generation);
        Assert.True(running.IsOpen);
        Assert.NotEmpty(old.Search.Search(new SearchRequest("dân chủ")).Hits);

        running.Exit();
        Assert.False(running.IsOpen);
        Assert.ThrowsAny<Exception>(() => old.Search.Search(new SearchRequest("dân chủ")));
    }

    [Fact]
    public void ANewRequestEntersTheNewGeneration()
    {
        using var live = new LiveIndex();
        live.Replace(Loaded("gen-a"));
        live.Replace(Loaded("gen-b"));

        var snapshot = live.Enter();

        Assert.Equal("gen-b", snapshot.Index.Generation);
        snapshot.Exit();
    }

    [Fact]
    public void AGenerationWithoutRequestsClosesWhenReplaced()
    {
        using var live = new LiveIndex();
        var old = Loaded("gen-a");
        live.Replace(old);
        var snapshot = live.Enter();
        snapshot.Exit();

        live.Replace(Loaded("gen-b"));

        Assert.False(snapshot.IsOpen);
    }

    [Fact]
    public async Task ManyThreadsEnteringDuringSwapsAlwaysGetAnOpenGeneration()
    {
        using var live = new LiveIndex();
        live.Replace(Loaded("gen-0"));
        var failures = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = live.Enter();
                try
                {
                    if (!snapshot.IsOpen || snapshot.Index.Search.Search(new SearchRequest("dân chủ")).Total == 0)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
                finally
                {
                    snapshot.Exit();
                }
            }
        })).ToArray();

        for (var i = 1; i <= 5; i++)
        {
            live.Replace(Loaded($"gen-{i}"));
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
    }
}
