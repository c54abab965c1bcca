using System.Net;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Web.Tests.Hosting;

/// <summary>
/// The service heals itself: a generation damaged under it is set aside and the last whole one serves while the index
/// is rebuilt; a failed re-index waits longer each time instead of running at every poll.
/// </summary>
public sealed class DamagedIndexTests
{
    [Fact]
    public async Task AGenerationDamagedWhileServingIsReplacedWithoutAFailedPage()
    {
        var corpus = TestCorpus.Copy();
        var index = TestCorpus.NewTempFolder();
        var lifecycle = new IndexLifecycle(index, KbPipeline.Default);
        lifecycle.Build(CorpusLocation.Folder(corpus));
        lifecycle.Build(CorpusLocation.Folder(corpus));
        await using var application = new LegalKbApplication(corpus, index, pollSeconds: 0.2);
        var client = application.CreateClient();
        var first = await client.Generation();

        // Lucene's postings emptied under the running service, as `truncate -s 0` does.
        var postings = Directory.GetFiles(Path.Combine(index, first, "lucene"), "*.doc").Single();
        File.WriteAllBytes(postings, []);

        var healed = await client.WaitForNewGeneration(first);
        var (status, _) = await client.GetText("/tim-kiem?q=d%C3%A2n+t%E1%BB%99c");

        Assert.NotEqual(first, healed);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Directory.Exists(Path.Combine(index, "damaged-" + first)));
    }

    [ImmutableFoldersFact]
    public async Task AStaleIndexThatCannotBeWrittenIsServedAtStart()
    {
        var corpus = TestCorpus.Copy();
        var index = TestCorpus.NewTempFolder();
        new IndexLifecycle(index, KbPipeline.Default).Build(CorpusLocation.Folder(corpus));
        File.WriteAllText(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"), TestCorpus.FictionalPlan);
        Assert.True(ImmutableFolders.Set(index, on: true));
        try
        {
            await using var application = new LegalKbApplication(corpus, index);
            var client = application.CreateClient();
            var (plan, _) = await client.GetText("/van-ban/100-kh-ubnd-2024");
            var (added, _) = await client.GetText("/van-ban/9903-kh-ubnd-2031");

            Assert.Equal(HttpStatusCode.OK, plan);
            Assert.Equal(HttpStatusCode.NotFound, added);
        }
        finally
        {
            ImmutableFolders.Set(index, on: false);
        }
    }

    [Fact]
    public void AFailedRebuildWaitsLongerEachTimeUpToACeilingAndIsReportedOncePerReason()
    {
        var backoff = new HauGiang.LegalKb.Web.Hosting.RebuildBackoff();
        var now = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.True(backoff.MayTry(now));

        Assert.True(backoff.Failed(now, "đĩa đầy"));
        Assert.False(backoff.MayTry(now + TimeSpan.FromSeconds(9)));
        Assert.True(backoff.MayTry(now + TimeSpan.FromSeconds(10)));

        var waits = new List<TimeSpan>();
        var at = now;
        for (var i = 0; i < 8; i++)
        {
            Assert.False(backoff.Failed(at, "đĩa đầy"));
            var wait = TimeSpan.Zero;
            while (!backoff.MayTry(at + wait))
            {
                wait += TimeSpan.FromSeconds(1);
            }

            waits.Add(wait);
            at += wait;
        }

        Assert.Equal([20, 40, 80, 160, 300, 300, 300, 300], waits.Select(w => (int)w.TotalSeconds));
        Assert.True(backoff.Failed(at, "thư mục chỉ đọc"));
        Assert.True(backoff.Succeeded());
        Assert.True(backoff.MayTry(at));
        Assert.False(backoff.Succeeded());
    }
}
