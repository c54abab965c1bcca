using System.Collections.Concurrent;
using System.Net;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Web.Tests.Hosting;

/// <summary>The service builds its index when needed and follows re-indexing without failing a request.</summary>
public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task StartingWithoutAnIndexBuildsOneBeforeTheFirstRequest()
    {
        var index = TestCorpus.NewTempFolder();
        await using var application = new LegalKbApplication(TestCorpus.Real, index);
        var (status, _) = await application.CreateClient().GetText("/van-ban/100-kh-ubnd-2024");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(File.Exists(Path.Combine(index, "CURRENT")));
    }

    [Fact]
    public async Task AnIndexOlderThanItsCorpusIsRebuiltAtStart()
    {
        var corpus = TestCorpus.Copy();
        var index = TestCorpus.NewTempFolder();
        new IndexLifecycle(index, KbPipeline.Default).Build(CorpusLocation.Folder(corpus));
        File.WriteAllText(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"), TestCorpus.FictionalPlan);

        await using var application = new LegalKbApplication(corpus, index);
        var (status, _) = await application.CreateClient().GetText("/van-ban/9903-kh-ubnd-2031");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task RequestsRunningWhileTheIndexIsRebuiltTwiceNeverFail()
    {
        var corpus = TestCorpus.Copy();
        var index = TestCorpus.NewTempFolder();
        await using var application = new LegalKbApplication(corpus, index, pollSeconds: 0.1);
        var client = application.CreateClient();
        var first = await client.Generation();

        var urls = new[]
        {
            "/tim-kiem?q=dan+chu+co+so", "/api/search?q=ng%C6%B0%E1%BB%9Di%20cao%20tu%E1%BB%95i",
            "/van-ban/100-kh-ubnd-2024/part_III__sec_5", "/van-ban/100-kh-ubnd-2024", "/api/documents", "/so-do",
        };
        var failures = new ConcurrentBag<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var url = urls[i % urls.Length];
                try
                {
                    using var response = await client.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
                    {
                        failures.Add($"{url} → {(int)response.StatusCode}");
                    }
                }
                catch (Exception ex)
                {
                    failures.Add($"{url} → {ex.GetType().Name}: {ex.Message}");
                }

                Interlocked.Increment(ref served);
            }
        })).ToList();

        // A build by another process (the CLI's `index`) into the same index folder.
        new IndexLifecycle(index, KbPipeline.Default).Build(CorpusLocation.Folder(corpus));
        var second = await client.WaitForNewGeneration(first);

        // A document dropped into the corpus: the service re-indexes by itself.
        File.WriteAllText(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"), TestCorpus.FictionalPlan);
        var third = await client.WaitForNewGeneration(second);
        var (added, _) = await client.GetText("/van-ban/9903-kh-ubnd-2031");

        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Empty(failures);
        Assert.NotEqual(first, third);
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.True(served > 30, $"only {served} requests ran");
    }
}
