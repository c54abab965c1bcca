using System.Globalization;
using System.Net;
using System.Text;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>Xem trước warns before anything is published: a number already in the knowledge base, an id taken, facts not found.</summary>
public sealed class PreviewWarningsTests
{
    [Fact]
    public async Task ANumberAlreadyInTheKnowledgeBaseIsWarnedAboutAndOffersToReplaceIt()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();

        // A fictional plan of another province with the bundled plan's number and year.
        var preview = await EditorSite.UploadOne(editor, "ke-hoach-100.txt", Encoding.UTF8.GetBytes(FictionalDocuments.SecondPlan100));
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(preview));

        Assert.Contains("Kho đã có văn bản cùng số hiệu 100/KH-UBND", html, StringComparison.Ordinal);
        Assert.Contains("(mã 100-kh-ubnd-2024). Nếu đây là bản mới của văn bản đó, hãy chọn \"Thay thế\".", html, StringComparison.Ordinal);
        Assert.Contains("Mã 100-kh-ubnd-2024 đã thuộc một văn bản khác trong kho; văn bản này sẽ có mã", html, StringComparison.Ordinal);
        Assert.Contains("name=\"replaces\" value=\"100-kh-ubnd-2024\"", html, StringComparison.Ordinal);
        Assert.Contains("Thay thế 100-kh-ubnd-2024 bằng tệp này", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Công bố</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextWithoutDateOrNumberIsFlaggedAndAskedToBeCompleted()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        const string undated = "KẾ HOẠCH\nTHỬ NGHIỆM VĂN BẢN KHÔNG GHI NGÀY\nI. MỤC ĐÍCH\n1. Nội dung hư cấu để thử cảnh báo.\n";

        var preview = await EditorSite.UploadOne(editor, "khong-ngay.txt", Encoding.UTF8.GetBytes(undated));
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(preview));

        Assert.Contains("Chưa tìm thấy ngày ban hành: hãy bổ sung ở phần Sửa thông tin.", html, StringComparison.Ordinal);
        Assert.Contains("Chưa tìm thấy số hiệu", html, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"missing\">\\s*<th scope=\"row\"><label for=\"fact-issuedOn\">", html);
    }

    [Fact]
    public async Task AnOcrdTextIsFlaggedWithItsConfidence()
    {
        var pipeline = new KbPipelineBuilder();
        pipeline.Readers.Insert(0, new ScanLikeReader());
        await using var site = await EditorSite.StartAsync(services: s => s.AddSingleton(pipeline.Build()));
        var editor = await site.SignedIn();

        var preview = await EditorSite.UploadOne(editor, "quet.txt", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903));
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(preview));

        Assert.Contains(string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrUsed, 71), html, StringComparison.Ordinal);
    }

    // Reads text as the plain-text reader does, but a file named "quet" comes back as a scan recognised at 71 %.
    private sealed class ScanLikeReader : ISourceReader
    {
        private readonly PlainTextReader _text = new();

        public bool CanRead(string extension) => _text.CanRead(extension);

        public ReadResult Read(SourceFile file)
        {
            var read = _text.Read(file);
            return Path.GetFileName(file.Path).StartsWith("quet", StringComparison.Ordinal) && read.Text is { } text
                ? ReadResult.Ok(text with { OcrConfidence = 71 }, [string.Format(CultureInfo.InvariantCulture, ReadErrors.PdfOcrUsed, 71)])
                : read;
        }
    }
}
