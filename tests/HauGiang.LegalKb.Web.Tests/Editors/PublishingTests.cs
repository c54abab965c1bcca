using System.Net;
using System.Text;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Tests.Shared;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>The editor's journey: upload, preview, correct, publish, replace, withdraw; one build at a time; a failed build changes nothing.</summary>
public sealed class PublishingTests
{
    private static readonly byte[] s_plan = Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903);
    private static readonly byte[] s_citing = Encoding.UTF8.GetBytes(TestCorpus.CitingPlan);

    [Fact]
    public async Task APreviewShowsWhatPublishingWouldDoAndChangesNothingPublic()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var generation = site.Generation;

        var preview = await EditorSite.UploadOne(editor, "Kế hoạch 9905.txt", s_citing);
        var html = await editor.GetStringAsync(preview);

        Assert.Contains("9905/KH-UBND", html, StringComparison.Ordinal);
        Assert.Contains("9905-kh-ubnd-2031", html, StringComparison.Ordinal);
        Assert.Contains("<td>ke-hoach-9905.txt</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sources/", html, StringComparison.Ordinal); // no server folders in what an editor reads
        Assert.Contains("Chưa tìm thấy", html, StringComparison.Ordinal); // no signer in this text
        Assert.Contains("9903/KH-UBND", html, StringComparison.Ordinal); // the reference it makes
        Assert.Contains("chỉ có thông tin tham chiếu", html, StringComparison.Ordinal);
        Assert.Equal(generation, site.Generation);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/van-ban/9905-kh-ubnd-2031")).StatusCode);
        Assert.False(File.Exists(Path.Combine(site.Corpus, "sources", "ke-hoach-9905.txt")));
    }

    [Fact]
    public async Task ACorrectedDatePublishedBecomesADocumentThatSaysTheEditorGaveIt()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var preview = await EditorSite.UploadOne(editor, "ke-hoach.txt", s_plan);

        using var refused = await EditorSite.PostForm(editor, preview, preview + "/thong-tin", new() { ["issuedOn"] = "31/02/2031" });
        Assert.Contains("?loi=issuedOn", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var corrected = await EditorSite.PostForm(editor, preview, preview + "/thong-tin", new() { ["issuedOn"] = "1/10/2031", ["signer"] = "Nguyễn Văn Thử" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("do biên tập viên bổ sung", await editor.GetStringAsync(preview), StringComparison.Ordinal);

        var job = await site.Finished(await EditorSite.Publish(editor, preview));

        Assert.Equal(PublishState.Done, job.State);
        Assert.Equal("9903-kh-ubnd-2031", job.DocumentId?.Value);
        Assert.Contains("9903-kh-ubnd-2031", await editor.GetStringAsync(EditorArea("cong-bo/" + job.Id)), StringComparison.Ordinal);
        var page = await site.Browser().GetStringAsync("/van-ban/9903-kh-ubnd-2031");
        Assert.Contains("01/10/2031", page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Thử", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("do biên tập viên bổ sung").Length - 1);

        // The source is written byte for byte; the corrections beside it; the ledger keeps the id.
        Assert.Equal(s_plan, await File.ReadAllBytesAsync(Path.Combine(site.Corpus, "sources", "ke-hoach.txt")));
        Assert.Contains("\"issuedOn\": \"01/10/2031\"", await File.ReadAllTextAsync(Path.Combine(site.Corpus, "sources", "ke-hoach.txt.facts.json")), StringComparison.Ordinal);
        Assert.Contains("source:sources/ke-hoach.txt", await File.ReadAllTextAsync(Path.Combine(site.Corpus, "ids.json")), StringComparison.Ordinal);

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(s_plan));
        var audit = await Db(site).Audit.OrderBy(a => a.Id).Where(a => a.FileHash == hash).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.Upload, AuditActions.Correction, AuditActions.Publish], audit);
        Assert.Empty(site.Services.GetRequiredService<Web.Editors.Drafts.Quarantine>().List());
    }

    [Fact]
    public async Task PublishingTheCitedDocumentMakesTheCitingLinkResolveAndThePreviewSaysSo()
    {
        await using var site = await EditorSite.StartAsync(sources: ("ke-hoach-9905.txt", TestCorpus.CitingPlan));
        var editor = await site.SignedIn();
        var preview = await EditorSite.UploadOne(editor, "ke-hoach-9903.txt", s_plan);

        var html = await editor.GetStringAsync(preview);
        Assert.Contains("Bản ghi tham chiếu sẽ có toàn văn", html, StringComparison.Ordinal);
        Assert.Contains("Liên kết sẽ dẫn tới văn bản này", html, StringComparison.Ordinal);

        await site.Finished(await EditorSite.Publish(editor, preview));
        var citing = await site.Browser().GetStringAsync("/van-ban/9905-kh-ubnd-2031");
        Assert.Contains("href=\"/van-ban/9903-kh-ubnd-2031/part_I__sec_1\"", citing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADiscardedDraftLeavesTheQuarantineAndTheLogSaysWho()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var preview = await EditorSite.UploadOne(editor, "bo-di.txt", s_plan);

        using var discarded = await EditorSite.PostForm(editor, preview, preview + "/bo", []);

        Assert.Equal("/bien-tap", discarded.Headers.Location!.OriginalString);
        Assert.Empty(site.Services.GetRequiredService<Web.Editors.Drafts.Quarantine>().List());
        Assert.Empty(Directory.GetFiles(site.Services.GetRequiredService<Web.Editors.EditorPaths>().Quarantine));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(preview)).StatusCode);
        Assert.Equal(1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.Discard && a.UserName == EditorSite.Editor && a.FileHash != null));
    }

    [Fact]
    public async Task AReplacementKeepsTheIdAndArchivesTheOldSource()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        await site.Finished(await EditorSite.Publish(editor, await EditorSite.UploadOne(editor, "a.txt", s_plan)));

        // A newer text under another name and number: only the replacement keeps it on the same id.
        var newer = Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903.Replace("9903/KH-UBND", "9913/KH-UBND", StringComparison.Ordinal).Replace("Văn phòng hư cấu", "Văn phòng mới hư cấu", StringComparison.Ordinal));
        Assert.Contains("giữ nguyên mã <strong>9903-kh-ubnd-2031</strong>", await editor.GetStringAsync("/bien-tap/them?thay-the=9903-kh-ubnd-2031"), StringComparison.Ordinal);
        var preview = await EditorSite.UploadOne(editor, "ban-moi.txt", newer, replaces: "9903-kh-ubnd-2031");
        Assert.Contains("Công bố, thay thế 9903-kh-ubnd-2031", await editor.GetStringAsync(preview), StringComparison.Ordinal);
        var job = await site.Finished(await EditorSite.Publish(editor, preview, replaces: "9903-kh-ubnd-2031"));

        Assert.Equal(PublishState.Done, job.State);
        Assert.Equal("9903-kh-ubnd-2031", job.DocumentId?.Value);
        var page = await site.Browser().GetStringAsync("/van-ban/9903-kh-ubnd-2031");
        Assert.Contains("9913/KH-UBND", page, StringComparison.Ordinal);
        Assert.Contains("Văn phòng mới hư cấu", page, StringComparison.Ordinal);
        Assert.Equal(newer, await File.ReadAllBytesAsync(Path.Combine(site.Corpus, "sources", "a.txt")));
        var archived = Assert.Single(Directory.GetFiles(Path.Combine(site.Corpus, CorpusFiles.ArchiveFolder), "a.txt", SearchOption.AllDirectories));
        Assert.Equal(s_plan, await File.ReadAllBytesAsync(archived));
        Assert.Equal(1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.Replace));
    }

    [Fact]
    public async Task AWithdrawnDocumentsAddressAnswers410WithTheEditorsReason()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        await site.Finished(await EditorSite.Publish(editor, await EditorSite.UploadOne(editor, "a.txt", s_plan)));

        using var empty = await EditorSite.PostForm(editor, "/bien-tap/van-ban/9903-kh-ubnd-2031/thu-hoi", "/bien-tap/van-ban/9903-kh-ubnd-2031/thu-hoi", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var asked = await EditorSite.PostForm(editor, "/bien-tap/van-ban/9903-kh-ubnd-2031/thu-hoi", "/bien-tap/van-ban/9903-kh-ubnd-2031/thu-hoi", new() { ["reason"] = "Ban hành nhầm, sẽ ban hành lại." });
        var job = await site.Finished(asked.Headers.Location!.OriginalString.Split('/').Last());

        Assert.Equal(PublishState.Done, job.State);
        using var gone = await site.Browser().GetAsync("/van-ban/9903-kh-ubnd-2031");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("Ban hành nhầm, sẽ ban hành lại.", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Corpus, "sources", "a.txt")));
        Assert.Single(Directory.GetFiles(Path.Combine(site.Corpus, CorpusFiles.ArchiveFolder), "a.txt", SearchOption.AllDirectories));
        Assert.Equal(1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.Withdraw && a.FileHash != null));
    }

    [Theory]
    [InlineData(false, BuildFailures.Disk)]
    [InlineData(true, BuildFailures.Unexpected)]
    public async Task ABuildThatFailsLeavesTheGenerationAndTheCorpusAsTheyWereAndSaysWhy(bool unexpected, string why)
    {
        await using var site = await EditorSite.StartAsync(services: s => s.AddSingleton<GenerationBuilder>(new FailingBuilder(unexpected)));
        var editor = await site.SignedIn();
        var generation = site.Generation;
        var files = Directory.GetFiles(site.Corpus, "*", SearchOption.AllDirectories).Order().ToList();
        var ledger = await File.ReadAllTextAsync(Path.Combine(site.Corpus, "ids.json"));

        var job = await site.Finished(await EditorSite.Publish(editor, await EditorSite.UploadOne(editor, "a.txt", s_plan)));

        Assert.Equal(PublishState.Failed, job.State);
        Assert.Contains(why, job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingBuilder.Internals, job.Error, StringComparison.Ordinal);
        Assert.Contains("giữ nguyên", await editor.GetStringAsync(EditorArea("cong-bo/" + job.Id)), StringComparison.Ordinal);
        Assert.Equal(generation, site.Generation);
        Assert.Equal(files, Directory.GetFiles(site.Corpus, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(ledger, await File.ReadAllTextAsync(Path.Combine(site.Corpus, "ids.json")));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/van-ban/9903-kh-ubnd-2031")).StatusCode);
        Assert.Single(site.Services.GetRequiredService<Web.Editors.Drafts.Quarantine>().List());
        Assert.Equal(1, await Db(site).Audit.CountAsync(a => a.Action == AuditActions.BuildFailed));
    }

    [Fact]
    public async Task TwoPublicationsAtOnceBothLandInTheOrderAsked()
    {
        await using var site = await EditorSite.StartAsync();
        var first = await site.SignedIn(EditorSite.Editor);
        var second = await site.SignedIn(EditorSite.Admin);
        var previewA = await EditorSite.UploadOne(first, "a.txt", s_plan);
        var previewB = await EditorSite.UploadOne(second, "b.txt", s_citing);

        var jobs = await Task.WhenAll(EditorSite.Publish(first, previewA), EditorSite.Publish(second, previewB));
        var done = await Task.WhenAll(jobs.Select(site.Finished));

        Assert.All(done, j => Assert.Equal(PublishState.Done, j.State));
        var order = await Db(site).Audit.Where(a => a.Action == AuditActions.Publish).OrderBy(a => a.Id).Select(a => a.UserName).ToListAsync();
        var asked = done.OrderBy(j => j.Order).Select(j => j.RequestedBy).ToList();
        Assert.Equal(asked, order);
        var browser = site.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/van-ban/9903-kh-ubnd-2031")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/van-ban/9905-kh-ubnd-2031")).StatusCode);
        Assert.Contains("href=\"/van-ban/9903-kh-ubnd-2031/part_I__sec_1\"", await browser.GetStringAsync("/van-ban/9905-kh-ubnd-2031"), StringComparison.Ordinal);
    }

    private static string EditorArea(string rest) => "/bien-tap/" + rest;

    private static AccountsDb Db(EditorSite site) => site.Services.CreateScope().ServiceProvider.GetRequiredService<AccountsDb>();

    // Fails after the corpus was written, as a full disk or a bug would; its message names a server path.
    private sealed class FailingBuilder(bool unexpected) : GenerationBuilder
    {
        public const string Internals = "/srv/legalkb/.index";

        public override BuiltGeneration Build(IndexLifecycle lifecycle, CorpusLocation location, Action<int, int, string>? progress = null) =>
            throw (unexpected ? new InvalidOperationException(Internals) : new IOException(Internals));
    }
}
