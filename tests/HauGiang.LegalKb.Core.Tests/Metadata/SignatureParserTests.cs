using HauGiang.LegalKb.Core.Metadata;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>The signature block in the layouts signatures take, and which block is the document's.</summary>
public sealed class SignatureParserTests
{
    [Theory]
    [InlineData("Thượng tướng Nguyễn Văn Thử", "Nguyễn Văn Thử")]
    [InlineData("Đại tướng Lê Văn Mẫu", "Lê Văn Mẫu")]
    [InlineData("PGS.TS. Trần Thị Thử", "Trần Thị Thử")]
    [InlineData("Nguyễn Văn Thử (Đã ký)", "Nguyễn Văn Thử")]
    [InlineData("NGUYỄN VĂN THỬ", "Nguyễn Văn Thử")]
    [InlineData("Phan Thị Mẫu", "Phan Thị Mẫu")] // Phan folds like Phần: a family name all the same
    public void TheSignerIsTheNameWithoutRankOrNote(string line, string expected)
    {
        var facts = SignatureParser.Parse(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", line]);

        Assert.Equal(expected, facts.Signer);
        Assert.Equal("Thứ trưởng", facts.SignerTitle);
        Assert.Equal(["KT. Bộ trưởng"], facts.SigningCapacity);
    }

    [Theory]
    [InlineData("Chương I")]
    [InlineData("Họ và tên")]
    [InlineData("Nơi Nhận")]
    public void HeadingsAndFormulasAreNotNames(string line)
    {
        Assert.Null(SignatureParser.Parse(["CHỦ TỊCH", line]).Signer);
    }

    [Fact]
    public void ACapacityWithItsBodyOnTheNextLineIsOneCapacity()
    {
        var facts = SignatureParser.Parse(["KT. CHÁNH ÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "PHÓ CHÁNH ÁN", "Nguyễn Văn Thử"]);

        Assert.Equal("Nguyễn Văn Thử", facts.Signer);
        Assert.Equal(["KT. Chánh án Tòa án nhân dân tối cao"], facts.SigningCapacity);
        Assert.Equal("Phó Chánh án", facts.SignerTitle);
    }

    [Fact]
    public void RecipientsAndSignatureSideBySideAreToldApart()
    {
        var facts = SignatureParser.Parse(
        [
            "Nơi nhận: KT. CHỦ TỊCH",
            "- Như trên;",
            "- Bộ Thử nghiệm (để báo cáo); PHÓ CHỦ TỊCH",
            "- Các Sở, ngành: Xây dựng, Công Thương,",
            "Tài chính, Thuế tỉnh;",
            "- Lưu: VT, KT; Nguyễn Thế Thử",
        ]);

        Assert.Equal("Nguyễn Thế Thử", facts.Signer);
        Assert.Equal("Phó Chủ tịch", facts.SignerTitle);
        Assert.Equal(["Như trên", "Bộ Thử nghiệm (để báo cáo)", "Các Sở, ngành: Xây dựng, Công Thương, Tài chính, Thuế tỉnh", "Lưu: VT, KT"], facts.Recipients);
    }

    [Fact]
    public void ExamplesInTheBodyGiveWayToTheBlockThatClosesTheText()
    {
        string[] text =
        [
            "Ví dụ:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Mẫu", "2. Trình bày chữ ký theo mẫu.",
            "Hướng dẫn này có hiệu lực từ ngày ký./.", "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Bùi Văn Thử", "PHỤ LỤC 1",
        ];

        Assert.Equal("Bùi Văn Thử", SignatureParser.Find(text, 0).Signer);
    }

    [Fact]
    public void ALawIsSignedAfterTheSentenceThatPassesIt()
    {
        string[] text = ["Điều 64. Hiệu lực", "Luật này được Quốc hội thông qua ngày 25 tháng 6 năm 2031.", "CHỦ TỊCH QUỐC HỘI", "Trần Văn Thử"];

        var facts = SignatureParser.Find(text, 0);

        Assert.Equal("Trần Văn Thử", facts.Signer);
        Assert.Equal("Chủ tịch Quốc hội", facts.SignerTitle);
    }

    [Fact]
    public void AScanWithOnlyTheNameLeftUnderTheSealIsSignedByThatName()
    {
        string[] text = ["Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "Trương Văn Thử"];

        Assert.Equal("Trương Văn Thử", SignatureParser.Find(text, 0).Signer);
    }

    [Theory]
    [InlineData("Trân trọng./.", "Trương Văn Thử", "Phụ lục")] // something follows the name
    [InlineData("Trân trọng./.", "- Như trên;", "Trương Văn Thử")] // no "Nơi nhận"
    public void ANameAloneIsNotASignatureElsewhere(params string[] text)
    {
        Assert.Null(SignatureParser.Find(text, 0).Signer);
    }
}
