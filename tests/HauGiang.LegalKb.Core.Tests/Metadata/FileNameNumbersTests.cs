using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>A handwritten ordinal an OCR could not read, completed from the file's name, and only from a name that says it.</summary>
public sealed class FileNameNumbersTests
{
    private static readonly DocumentType s_plan = DocumentType.FromName("Kế hoạch")!;
    private static readonly DocumentType s_decision = DocumentType.FromName("Quyết định")!;

    [Theory]
    [InlineData("9996KH-TCT-C04.pdf", "/KH-TCT-C04", "9996/KH-TCT-C04")]
    [InlineData("sources/kh9996-2031-tct-scan.pdf", "/KH-TCT-C04", "9996/KH-TCT-C04")]
    [InlineData("9996 KH thử nghiệm.pdf", "/KH-UBND", "9996/KH-UBND")]
    public void TheOrdinalBesideTheTypeCodeInTheName(string file, string code, string expected)
    {
        Assert.Equal(expected, FileNameNumbers.Complete(file, code, s_plan)?.Value);
    }

    [Fact]
    public void AnOcrsDoubledLetterInTheCodeIsTheTypesCode()
    {
        Assert.Equal("9916/QĐ-UBND", FileNameNumbers.Complete("9916 QĐ thành lập hội đồng.pdf", "/QĐĐ-UBND", s_decision)?.Value);
    }

    [Theory]
    [InlineData("scan-2031-10.pdf")] // numbers, but none beside the code
    [InlineData("KH 9996 và KH 9997.pdf")] // two ordinals: which one?
    [InlineData("QD 9996.pdf")] // another type's code
    public void NoGuess(string file)
    {
        Assert.Null(FileNameNumbers.Complete(file, "/KH-UBND", s_plan));
    }
}
