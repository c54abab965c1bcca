using System.Globalization;
using System.Net;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;
using HauGiang.LegalKb.Web.Editors.Drafts;
using HauGiang.LegalKb.Web.Editors.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>
/// Hostile Office, PDF and HTML files uploaded by an editor: each waits in the quarantine, its preview says why it is
/// refused, and publishing it anyway fails with that reason before anything is written into the knowledge base.
/// </summary>
public sealed class HostileUploadTests
{
    // The HTML reader's depth limit (internal to Core), as its message states it.
    private const int MaxHtmlDepth = 5000;

    private static readonly int s_maxPages = new PdfReaderOptions().MaxPages;

    public static TheoryData<string, byte[], string> Files => new()
    {
        { "bom-nen.docx", HostileFiles.ZipBomb(), ReadErrors.WordTooExpanded },
        { "thuc-the.docx", HostileFiles.EntityExpansion(), ReadErrors.WordDtd },
        { "qua-nhieu-trang.pdf", HostileFiles.BlankPdf(s_maxPages + 1), string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfTooManyPages, s_maxPages + 1, s_maxPages) },
        { "trang-khong-lo.pdf", HostileFiles.BlankPdf(1, side: 14_400), string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfPageTooLarge, 1, 508, 508, 123) },
        { "long-sau.html", HostileFiles.DeepHtml(50_000), string.Format(CultureInfo.InvariantCulture, ReadErrors.NestedTooDeep, MaxHtmlDepth) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task AHostileFileIsRefusedWithItsReasonAndNeverEntersTheKnowledgeBase(string name, byte[] bytes, string reason)
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var generation = site.Generation;
        var files = Directory.GetFiles(site.Corpus, "*", SearchOption.AllDirectories).Order().ToList();

        var preview = await EditorSite.UploadOne(editor, name, bytes);
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(preview));
        Assert.Contains("Không công bố được tệp này: " + reason, html, StringComparison.Ordinal);

        // Sent anyway, as a forged form would: refused for the same reason, nothing written, the same generation.
        var job = await site.Finished(await EditorSite.Publish(editor, preview));
        Assert.Equal(PublishState.Failed, job.State);
        Assert.Contains(reason, job.Error, StringComparison.Ordinal);
        Assert.Equal(generation, site.Generation);
        Assert.Equal(files, Directory.GetFiles(site.Corpus, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Single(site.Services.GetRequiredService<Quarantine>().List());
    }
}
