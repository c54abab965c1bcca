using System.Diagnostics;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Word;
using static HauGiang.LegalKb.Core.Tests.Reading.Word.WordFixture;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

public sealed class DocReaderTests
{
    private static readonly string s_numbering =
        AbstractNum(1, Level(0, "decimal", "Điều %1.", more: "<w:suff w:val=\"space\"/>")) + AbstractNum(2, Level(0, "decimal", "%1."))
        + Num(1, 1) + Num(2, 2);

    private static readonly byte[] s_word97 = OleFixture.Build(("WordDocument", OleFixture.WordDocumentStream(encrypted: false)), ("1Table", new byte[600]));

    [Theory]
    [InlineData(".doc", true)]
    [InlineData(".docx", false)]
    public void DocReaderReadsOnlyDocFiles(string extension, bool expected) =>
        Assert.Equal(expected, new DocReader().CanRead(extension));

    [Fact]
    public void WithoutLibreOfficeTheReasonNamesTheDebianPackage()
    {
        var reader = new DocReader(new LibreOfficeConverter("/khong-co/soffice"));

        var result = reader.Read(new SourceFile("cu.doc", s_word97));

        Assert.Equal(ReadErrors.DocNeedsLibreOffice, result.Error);
        Assert.Contains("libreoffice-writer-nogui", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Word97ContentIsReadFromWhatTheConverterProducesAsFormatDoc()
    {
        var converter = new FixedConverter(Docx(Numbered("Phạm vi", 1) + Numbered("Áp dụng tại tỉnh Thử Nghiệm.", 2), s_numbering));

        var result = new DocReader(converter).Read(new SourceFile("cu.doc", s_word97));

        Assert.Equal(["Điều 1. Phạm vi", "1. Áp dụng tại tỉnh Thử Nghiệm."], Texts(result));
        Assert.Equal("doc", result.Text!.Format);
        Assert.Equal(".doc", converter.Extension);
    }

    [Fact]
    public void Word97FileWithADocxNameIsConvertedAndADocxWithADocNameIsReadDirectly()
    {
        var docx = Docx(P("Nội dung 9901"));

        var disguisedDoc = new DocxReader(new FixedConverter(docx)).Read(new SourceFile("that-ra-la-doc.docx", s_word97));
        var disguisedDocx = new DocReader(new UnusedConverter()).Read(new SourceFile("that-ra-la-docx.doc", docx));

        Assert.Equal(("doc", "Nội dung 9901"), (disguisedDoc.Text!.Format, disguisedDoc.Text.Paragraphs[0].Text));
        Assert.Equal(("docx", "Nội dung 9901"), (disguisedDocx.Text!.Format, disguisedDocx.Text.Paragraphs[0].Text));
    }

    [Fact]
    public void RtfSavedWithADocNameIsConvertedButPlainBytesAreNot()
    {
        var converter = new FixedConverter(Docx(P("Từ RTF")));

        Assert.Equal(["Từ RTF"], Texts(new DocReader(converter).Read(new SourceFile("a.doc", "{\\rtf1 Tu RTF}"u8.ToArray()))));
        Assert.Equal(".rtf", converter.Extension);
        Assert.Equal(ReadErrors.WordDamaged, new DocReader(new UnusedConverter()).Read(new SourceFile("b.doc", [1, 2, 3, 4, 5])).Error);
    }

    [Fact]
    public void ConversionOutlivingTheTimeLimitIsKilledAndReported()
    {
        using var folder = new TempFolder();
        var soffice = Script(folder, "#!/bin/sh\nsleep 30\n");
        var watch = Stopwatch.StartNew();

        var result = new LibreOfficeConverter(soffice, TimeSpan.FromSeconds(1)).ConvertToDocx(s_word97, ".doc");

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.DocConversionTimedOut, 1), result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ConversionRunsInAPrivateFolderThatIsDeletedAfterwards()
    {
        using var folder = new TempFolder();
        var record = Path.Combine(folder.Path, "noi-chay.txt");
        var produced = folder.File("ket-qua.docx", Docx(P("Đã chuyển đổi")));
        var soffice = Script(folder, $$"""
            #!/bin/sh
            pwd > '{{record}}'
            for a in "$@"; do echo "$a" >> '{{record}}'; done
            while [ "$1" != "--outdir" ]; do shift; done
            cp '{{produced}}' "$2/source.docx"
            """);

        var result = new LibreOfficeConverter(soffice).ConvertToDocx(s_word97, ".doc");

        Assert.Null(result.Error);
        var lines = File.ReadAllLines(record);
        Assert.StartsWith("legalkb-doc-", Path.GetFileName(lines[0]), StringComparison.Ordinal);
        Assert.False(Directory.Exists(lines[0]), "the conversion folder was left behind");
        Assert.Contains(lines, line => line.StartsWith("-env:UserInstallation=file://", StringComparison.Ordinal) && line.Contains(Path.GetFileName(lines[0]), StringComparison.Ordinal));
        Assert.Contains("--headless", lines);
    }

    [Fact]
    public void FailedConversionReportsWhatLibreOfficeSaid()
    {
        using var folder = new TempFolder();
        var soffice = Script(folder, "#!/bin/sh\necho 'Warning: failed to launch javaldx - java may not function correctly' >&2\necho 'Error: source file could not be loaded' >&2\n");

        var result = new LibreOfficeConverter(soffice).ConvertToDocx(s_word97, ".doc");

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ReadErrors.DocConversionFailed, "Error: source file could not be loaded"), result.Error);
    }

    [LibreOfficeFact]
    public void DocMadeByLibreOfficeIsReadBackWithItsListNumbering()
    {
        using var folder = new TempFolder();
        var docx = folder.File("quy-che.docx", Docx(
            P("QUY CHẾ THỬ NGHIỆM 9901") + Numbered("Nhiệm vụ", 1) + Numbered("Rà soát hồ sơ của tỉnh Thử Nghiệm.", 2)
            + P("đ) điểm gõ tay;") + Numbered("Quyền hạn", 1),
            s_numbering));
        RunSoffice(folder.Path, "doc", docx);
        var doc = File.ReadAllBytes(Path.Combine(folder.Path, "out", "quy-che.doc"));

        var result = new DocReader().Read(new SourceFile("quy-che.doc", doc));

        Assert.Equal(["QUY CHẾ THỬ NGHIỆM 9901", "Điều 1. Nhiệm vụ", "1. Rà soát hồ sơ của tỉnh Thử Nghiệm.", "đ) điểm gõ tay;", "Điều 2. Quyền hạn"], Texts(result));
        Assert.Equal("doc", result.Text!.Format);
    }

    private static string Script(TempFolder folder, string text)
    {
        var path = folder.File("soffice", text.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static void RunSoffice(string folder, string format, string input)
    {
        var start = new ProcessStartInfo(LibreOfficeConverter.FindExecutable()!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri, "--headless", "--convert-to", format,
            "--outdir", Path.Combine(folder, "out"), input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "soffice did not finish");
    }

    private sealed class FixedConverter(byte[] docx) : IDocumentConverter
    {
        public string? Extension { get; private set; }

        public DocumentConversion ConvertToDocx(byte[] bytes, string extension)
        {
            Extension = extension;
            return DocumentConversion.Ok(docx);
        }
    }
}
