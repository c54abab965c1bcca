using System.Net;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Search.Generations;
using Microsoft.AspNetCore.Mvc.Testing;

using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>A permanent address stays: a second document with the plan's number leaves it alone; a removed one says why (410); a moved one redirects (301).</summary>
public sealed class PermanentAddressTests
{
    [Fact]
    public async Task ASecondPlanNumbered100KhUbndLeavesThePlansAddressToThePlan()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-100-mau-thu.txt", FictionalDocuments.SecondPlan100));
        await using var application = new LegalKbApplication(corpus);
        var client = application.CreateClient();

        var (status, html) = await client.GetText("/van-ban/100-kh-ubnd-2024");
        var (other, otherHtml) = await client.GetText("/van-ban/100-kh-ubnd-2024-mau-thu");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Hậu Giang", html);
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.Contains("THỬ NGHIỆM TRÙNG SỐ HIỆU", otherHtml);
    }

    [Fact]
    public async Task ARemovedDocumentsAddressesAnswer410WithTheReason()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9903.txt", TestCorpus.FictionalPlan));
        var index = TestCorpus.NewTempFolder();
        new IndexLifecycle(index, KbPipeline.Default).Build(CorpusLocation.Folder(corpus));
        File.Delete(Path.Combine(corpus, "sources", "ke-hoach-9903.txt"));

        await using var application = new LegalKbApplication(corpus, index);
        var client = application.CreateClient();
        var (page, html) = await client.GetText("/van-ban/9903-kh-ubnd-2031");
        var (section, _) = await client.GetText("/van-ban/9903-kh-ubnd-2031/part_I__sec_1");
        var (api, json) = await client.GetJson("/api/documents/9903-kh-ubnd-2031");

        Assert.Equal(HttpStatusCode.Gone, page);
        Assert.Contains(IdAssignment.RemovedReason, html);
        Assert.Equal(HttpStatusCode.Gone, section);
        Assert.Equal(HttpStatusCode.Gone, api);
        Assert.StartsWith(IdAssignment.RemovedReason, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdMergedIntoAnotherDocumentRedirectsPermanentlyWithTheSameSection()
    {
        var corpus = TestCorpus.Copy();
        var ledger = new IdLedger(
        [
            new IdLedgerEntry(DocumentId.Of("ke-hoach-cu"), ["title:kế hoạch cũ"], new RetiredDocument(DocumentId.Of("ke-hoach-cu"), DocumentId.Of("100-kh-ubnd-2024"), "Đã hợp nhất.", null)),
        ]);
        File.WriteAllText(Path.Combine(corpus, IdLedger.FileName), ledger.ToJson());

        await using var application = new LegalKbApplication(corpus);
        var client = application.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var document = await client.GetAsync("/van-ban/ke-hoach-cu");
        using var section = await client.GetAsync("/van-ban/ke-hoach-cu/part_III__sec_5");

        Assert.Equal(HttpStatusCode.MovedPermanently, document.StatusCode);
        Assert.Equal("/van-ban/100-kh-ubnd-2024", document.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, section.StatusCode);
        Assert.Equal("/van-ban/100-kh-ubnd-2024/part_III__sec_5", section.Headers.Location?.OriginalString);
    }
}
