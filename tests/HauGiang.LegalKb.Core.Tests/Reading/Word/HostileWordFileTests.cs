using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Word;
using static HauGiang.LegalKb.Core.Tests.Reading.Word.WordFixture;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

public sealed class HostileWordFileTests
{
    // Ten levels of ten references: expanded, "&e9;" would be 10^9 characters.
    private static readonly string s_billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e0 \"CƯỜI\">"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"))
        + $"]><w:document {Namespaces}><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] Simple => Docx(P("Điều 1. Nội dung thử nghiệm của tỉnh Thử Nghiệm."));

    [Fact]
    public void ZipBombIsRefusedBeforeAnyXmlIsParsed()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[30 * 1024 * 1024]));

        Assert.Equal(ReadErrors.WordTooExpanded, Read(bomb).Error);
    }

    [Fact]
    public void EntryWhoseRealSizeExceedsItsDeclaredSizeIsRefused()
    {
        var big = Docx(string.Concat(Enumerable.Repeat(P("Điều 9901. Nội dung lặp lại để nén tốt."), 3000)));
        var lying = DeclareSize(big, "word/document.xml", 1000);

        // .NET's zip reader itself stops at the declared size and reports the entry as damaged; the guard's own count
        // would refuse it as too expanded. Either way nothing beyond the declared size is ever parsed.
        Assert.Contains(Read(lying).Error, new[] { ReadErrors.WordDamaged, ReadErrors.WordTooExpanded });
    }

    [Fact]
    public void PackagesBeyondTheEntryOrSizeLimitsAreRefused()
    {
        var few = DocxLimits.Default with { MaxEntries = 2 };
        var small = DocxLimits.Default with { MaxTotalXmlBytes = 500 };

        Assert.Equal(ReadErrors.WordTooExpanded, DocxPackageReader.Read(Simple, "docx", few).Error);
        Assert.Equal(ReadErrors.WordTooExpanded, DocxPackageReader.Read(Simple, "docx", small).Error);
        Assert.True(DocxPackageReader.Read(Simple, "docx", DocxLimits.Default).Success);
    }

    [Fact]
    public void DocumentDeclaringADtdWithEntitiesIsRefusedWithoutExpanding()
    {
        var hostile = ReplaceEntry(Simple, "word/document.xml", Encoding.UTF8.GetBytes(s_billionLaughs));

        Assert.Equal(ReadErrors.WordDtd, Read(hostile).Error);
    }

    [Fact]
    public void OpenXmlItselfRefusesADocumentDeclaringADtd()
    {
        // The second line of defence, should a DTD slip past the package check: OpenXml's XML reader prohibits DTDs.
        var hostile = ReplaceEntry(Simple, "word/document.xml", Encoding.UTF8.GetBytes(s_billionLaughs));

        Assert.ThrowsAny<Exception>(() =>
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(hostile), false);
            _ = document.MainDocumentPart!.Document!.Body!.InnerText;
        });
    }

    [Fact]
    public void EncryptedOfficeFileWithADocxNameIsReportedAsPasswordProtected()
    {
        var encrypted = OleFixture.Build(("EncryptionInfo", new byte[200]), ("EncryptedPackage", new byte[5000]));

        Assert.Equal(ReadErrors.WordEncrypted, Read(encrypted).Error);
    }

    [Fact]
    public void EncryptedWord97FileIsRefusedWithoutConverting()
    {
        var encrypted = OleFixture.Build(("WordDocument", OleFixture.WordDocumentStream(encrypted: true)), ("1Table", new byte[600]));

        Assert.Equal(ReadErrors.WordEncrypted, new DocReader(new UnusedConverter()).Read(new SourceFile("mat-khau.doc", encrypted)).Error);
    }

    [Theory]
    [InlineData("cat-ngang")]
    [InlineData("rac")]
    public void DamagedOrForeignFilesAreReportedAsDamaged(string kind)
    {
        var bytes = kind == "cat-ngang"
            ? Simple[..(Simple.Length / 2)]
            : Enumerable.Range(0, 4000).Select(i => (byte)((i * 7919) % 251)).ToArray();

        Assert.Equal(ReadErrors.WordDamaged, Read(bytes).Error);
    }

    [Fact]
    public void EmptyZipOrZipWithoutAWordDocumentIsReportedAsHavingNoDocument()
    {
        Assert.Equal(ReadErrors.WordNoDocument, Read(Zip()).Error);
        Assert.Equal(ReadErrors.WordNoDocument, Read(Zip(("ghi-chu.txt", "không phải Word"u8.ToArray()))).Error);
    }

    [Fact]
    public void EmptyFileIsReportedEmpty() =>
        Assert.Equal(ReadErrors.Empty, Read([]).Error);

    [Fact]
    public void FileAboveTheSizeLimitIsRefused() =>
        Assert.Equal("Tệp quá lớn (giới hạn 20 MB).", Read(new byte[(20 * 1024 * 1024) + 1]).Error);

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] package, string name, byte[] content)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = source.Entries.Select(e =>
        {
            using var data = new MemoryStream();
            e.Open().CopyTo(data);
            return (e.FullName, e.FullName == name ? content : data.ToArray());
        }).ToArray();
        return Zip(entries);
    }

    // Rewrites the declared uncompressed size of one entry in its local header and central directory record.
    private static byte[] DeclareSize(byte[] package, string name, uint size)
    {
        var bytes = (byte[])package.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (nameOffset, sizeOffset) = signature switch
            {
                0x04034b50 => (30, 22),
                0x02014b50 => (46, 24),
                _ => (0, 0),
            };
            if (nameOffset > 0 && bytes.AsSpan(i + nameOffset).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeOffset), size);
            }
        }

        return bytes;
    }
}
