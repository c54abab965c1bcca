using System.Net;
using DocumentFormat.OpenXml.Packaging;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Tests.StudyPacks;

/// <summary>Links outlive documents: a shared pack shows what exists, says which item is missing, and follows a moved id.</summary>
public sealed class SharedPackLinkTests
{
    private const string Section35 = "100-kh-ubnd-2024/part_III__sec_5";
    private const string Section28 = "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8";
    private const string Unknown = "100-kh-ubnd-2024/part_IX";

    [Fact]
    public async Task OneUnknownItemLeavesTheOthersShownAndIsNamedInItsPlace()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var note = Uri.EscapeDataString("Ghi chú trước mục đã mất");
        var (status, html) = await client.GetText($"/tap-tai-lieu?s={Section35},{Unknown},{Section28}&n1={note}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-section-id=\"{Section35}\"", html);
        Assert.Contains($"data-section-id=\"{Section28}\"", html);
        Assert.Contains("Tập tài liệu có 1 mục không hiển thị được", html);
        Assert.Contains($"Mục thứ 2 của tập ({Unknown}) không hiển thị được: Kế hoạch 100/KH-UBND không có mục “part_IX”.", html);

        // In its place: after the first excerpt, after the note written before it, before the third.
        var missing = html.IndexOf("class=\"excerpt-missing\" id=\"trich-doan-2\"", StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"trich-doan-1\"", StringComparison.Ordinal) < html.IndexOf("id=\"ghi-chu-1\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"ghi-chu-1\"", StringComparison.Ordinal) < missing);
        Assert.True(missing < html.IndexOf("id=\"trich-doan-3\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDownloadsSayWhichItemIsMissingAndHoldTheOthers()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (mdStatus, markdown) = await client.GetText($"/tap-tai-lieu/tai-ve.md?s={Section35},{Unknown}");
        using var response = await client.GetAsync($"/tap-tai-lieu/tai-ve.docx?s={Unknown},{Section35}");

        Assert.Equal(HttpStatusCode.OK, mdStatus);
        Assert.Contains("không hiển thị được", markdown);
        Assert.Contains($"(<https://vanban.example/van-ban/{Section35}>)", markdown);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Mục thứ 1 của tập", text);
        Assert.Contains("5. Phát huy dân chủ xã hội chủ nghĩa", text);
    }

    [Fact]
    public async Task AMovedDocumentsSectionIsFollowedAndARemovedOneIsExplained()
    {
        var corpus = TestCorpus.Copy();
        var ledger = new IdLedger(
        [
            new IdLedgerEntry(DocumentId.Of("ke-hoach-cu"), ["title:kế hoạch cũ"], new RetiredDocument(DocumentId.Of("ke-hoach-cu"), DocumentId.Of("100-kh-ubnd-2024"), "Đã hợp nhất.", null)),
            new IdLedgerEntry(DocumentId.Of("ke-hoach-da-go"), ["title:kế hoạch đã gỡ"], new RetiredDocument(DocumentId.Of("ke-hoach-da-go"), null, IdAssignment.RemovedReason, null)),
        ]);
        File.WriteAllText(Path.Combine(corpus, IdLedger.FileName), ledger.ToJson());
        await using var application = new LegalKbApplication(corpus);
        var (status, html) = await application.CreateClient().GetText("/tap-tai-lieu?s=ke-hoach-cu/part_III__sec_5,ke-hoach-da-go/part_I");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-section-id=\"{Section35}\"", html);
        Assert.Contains("Mục thứ 2 của tập (ke-hoach-da-go/part_I) không hiển thị được: " + IdAssignment.RemovedReason, html);
    }
}
