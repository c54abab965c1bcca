using System.IO.Compression;
using System.Net;
using System.Text;
using HauGiang.LegalKb.Web.Editors.Drafts;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>What an upload accepts: the type decided by content, not by name; limits on size and count; refusals with a reason.</summary>
public sealed class UploadTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", "x.txt", ".pdf")]
    [InlineData("Số: 9903/KH-UBND\nKẾ HOẠCH", "x.pdf", ".txt")]
    [InlineData("<!DOCTYPE html><html><body><p>Kế hoạch</p></body></html>", "x.txt", ".html")]
    [InlineData("---\nnumber: 9903/KH-UBND\n---\n# Kế hoạch", "x.txt", ".md")]
    [InlineData("# Kế hoạch", "x.md", ".md")]
    public void TheTypeIsDecidedByTheContent(string content, string name, string expected) =>
        Assert.Equal(expected, ContentSniffer.Detect(Encoding.UTF8.GetBytes(content), name).Extension);

    [Fact]
    public void AWordPackageIsAZipWithItsDocumentAndAnOle2FileIsWord97()
    {
        Assert.Equal(".docx", ContentSniffer.Detect(Zip("word/document.xml"), "x.pdf").Extension);
        Assert.Equal(".doc", ContentSniffer.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "x.txt").Extension);
        var (extension, refusal) = ContentSniffer.Detect(Zip("xl/workbook.xml"), "x.docx");
        Assert.Null(extension);
        Assert.Contains("không phải văn bản Word", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 })]
    [InlineData(new byte[] { })]
    public void WhatIsNotADocumentIsRefusedWithAReason(byte[] bytes)
    {
        var (extension, refusal) = ContentSniffer.Detect(bytes, "van-ban.docx");
        Assert.Null(extension);
        Assert.False(string.IsNullOrEmpty(refusal));
    }

    [Fact]
    public async Task SeveralFilesAreKeptUnderGeneratedNamesAndTheRefusedOnesSayWhy()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();

        using var answer = await EditorSite.Upload(editor,
        [
            ("../../etc/ke-hoach.txt", Encoding.UTF8.GetBytes(HauGiang.LegalKb.Tests.Shared.FictionalDocuments.Plan9903)),
            ("anh.docx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]),
            ("bang-tinh.docx", Zip("xl/workbook.xml")),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("anh.docx: Không nhận ra loại tệp", html, StringComparison.Ordinal);
        Assert.Contains("bang-tinh.docx: Tệp nén (zip) này không phải văn bản Word", html, StringComparison.Ordinal);
        var draft = Assert.Single(site.Services.GetRequiredService<Quarantine>().List());
        Assert.Equal("ke-hoach.txt", draft.OriginalName);
        var quarantine = site.Services.GetRequiredService<Web.Editors.EditorPaths>().Quarantine;
        Assert.Equal([$"{draft.Id}.bin", $"{draft.Id}.json"], Directory.GetFiles(quarantine).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetFiles(site.Corpus, "*", SearchOption.AllDirectories), f => f.Contains("ke-hoach", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileOverTwentyMegabytesOrTooManyFilesAreRefused()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();

        var big = new byte[UploadLimits.MaxFileBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(big);
        using var tooLarge = await EditorSite.Upload(editor, [("lon.pdf", big)]);
        Assert.Contains("Tệp quá lớn", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var many = Enumerable.Range(0, UploadLimits.MaxFiles + 1).Select(i => ($"{i}.txt", Encoding.UTF8.GetBytes($"Văn bản {i}"))).ToList();
        using var tooMany = await EditorSite.Upload(editor, many);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains($"tối đa {UploadLimits.MaxFiles} tệp", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(site.Services.GetRequiredService<Quarantine>().List());
    }

    [Fact]
    public async Task NoMoreDraftsWaitThanTheQuarantineHolds()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        for (var batch = 0; batch < UploadLimits.MaxDrafts / UploadLimits.MaxFiles; batch++)
        {
            var files = Enumerable.Range(0, UploadLimits.MaxFiles).Select(i => ($"{batch}-{i}.txt", Encoding.UTF8.GetBytes($"Văn bản hư cấu {batch}-{i}"))).ToList();
            (await EditorSite.Upload(editor, files)).Dispose();
        }

        using var oneMore = await EditorSite.Upload(editor, [("them.txt", Encoding.UTF8.GetBytes("Văn bản hư cấu thêm"))]);

        Assert.Equal(HttpStatusCode.BadRequest, oneMore.StatusCode);
        Assert.Contains($"tối đa {UploadLimits.MaxDrafts}", await oneMore.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(UploadLimits.MaxDrafts, site.Services.GetRequiredService<Quarantine>().List().Count);
    }

    [Fact]
    public async Task AFileTheReadersRefuseCannotBePublishedAndThePreviewSaysWhy()
    {
        await using var site = await EditorSite.StartAsync();
        var editor = await site.SignedIn();
        var preview = await EditorSite.UploadOne(editor, "hong.pdf", "%PDF-1.7\nkhông phải PDF thật"u8.ToArray());

        var html = await editor.GetStringAsync(preview);

        Assert.Contains("Không công bố được tệp này", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/cong-bo\"", html, StringComparison.Ordinal);
    }

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }

        return buffer.ToArray();
    }
}
