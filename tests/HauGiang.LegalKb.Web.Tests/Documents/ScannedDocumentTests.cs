using System.Net;
using System.Text;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>A text recognised from a scan says so wherever it is read, with how sure the recognition was.</summary>
public sealed class ScannedDocumentTests
{
    [Fact]
    public async Task AnOcrdDocumentAndItsSectionsCarryTheNoticeAndItsSourceFacts()
    {
        var corpus = TestCorpus.Copy(("ke-hoach-9903.scan", TestCorpus.FictionalPlan));
        await using var application = new LegalKbApplication(corpus, services: s =>
            s.AddSingleton(new KbPipelineBuilder().UseReader(new FakeScanReader()).Build()));
        var client = application.CreateClient();

        var (status, html) = await client.GetText("/van-ban/9903-kh-ubnd-2031");
        var (_, section) = await client.GetText("/van-ban/9903-kh-ubnd-2031/part_I__sec_1");
        var (_, plan) = await client.GetText("/van-ban/100-kh-ubnd-2024");
        var (_, json) = await client.GetJson("/api/documents/9903-kh-ubnd-2031");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(DocumentSource.OcrNotice, html);
        Assert.Contains("Bản quét PDF, 3 trang, nhận dạng chữ (độ tin cậy 92%)", html);
        Assert.Contains(DocumentSource.OcrNotice, section);
        Assert.DoesNotContain(DocumentSource.OcrNotice, plan);
        Assert.Equal("pdf-ocr", json.GetProperty("format").GetString());
        Assert.Equal(91.6, json.GetProperty("ocrConfidence").GetDouble());
    }

    // Stands for the PDF reader's OCR path, which needs Tesseract: the same facts, without the tools.
    private sealed class FakeScanReader : ISourceReader
    {
        public bool CanRead(string extension) => extension == ".scan";

        public ReadResult Read(SourceFile file) => ReadResult.Ok(
            new SourceText("pdf-ocr", "binary", Paragraphs.FromLines(Encoding.UTF8.GetString(file.Bytes)), new Dictionary<string, string>())
            {
                Pages = 3,
                OcrConfidence = 91.6,
            });
    }
}
