using System.Text;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>What an editor types or names is text wherever it is shown: editor pages, the log and the public site.</summary>
public sealed class EscapingTests
{
    [Fact]
    public async Task AFileNameMadeOfMarkupIsShownAsTextOnEveryEditorPage()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        const string name = "<img src=x onerror=alert(1)>.txt";

        var preview = await EditorSite.UploadOne(editor, name, Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903));
        var admin = await site.SignedIn(EditorSite.Admin);

        foreach (var (browser, page) in new[] { (editor, preview), (editor, "/bien-tap"), (admin, "/bien-tap/nhat-ky") })
        {
            var html = await browser.GetStringAsync(page);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.txt", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACorrectionMadeOfMarkupIsPublishedAsText()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var preview = await EditorSite.UploadOne(editor, "ke-hoach.txt", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903));
        const string title = "<script>alert('tiêu đề')</script> KẾ HOẠCH THỬ";

        (await EditorSite.PostForm(editor, preview, preview + "/thong-tin", new() { ["title"] = title, ["signer"] = "<b>Người ký</b>" })).Dispose();
        await site.Finished(await EditorSite.Publish(editor, preview));

        foreach (var page in new[] { "/van-ban/9903-kh-ubnd-2031", "/van-ban", "/tim-kiem?q=ke+hoach+thu" })
        {
            var html = await site.Browser().GetStringAsync(page);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Người ký", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;", await site.Browser().GetStringAsync("/van-ban/9903-kh-ubnd-2031"), StringComparison.Ordinal);
    }
}
