using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>Facts about the plan, from its own text and from LawNet's header.</summary>
public sealed class PlanMetadataTests
{
    private static DocumentMetadata Facts => RepoFiles.Plan.Metadata;

    [Fact]
    public void NumberTypeAndIssuerComeFromTheDocumentHeader()
    {
        Assert.Equal("100/KH-UBND", Facts.Number?.Value);
        Assert.Equal("Kế hoạch", Facts.Type?.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Hậu Giang", Facts.Issuer);
        Assert.Equal("Hậu Giang", Facts.Place);
    }

    [Fact]
    public void IssueDateIsTheSecondOfMay2024()
    {
        Assert.Equal(new DateOnly(2024, 5, 2), Facts.IssuedOn);
    }

    [Fact]
    public void TitleIsTheCapitalisedLineAfterKeHoach()
    {
        Assert.StartsWith("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỐ 226-CTR/TU NGÀY 12/01/2024", Facts.Title);
        Assert.EndsWith("XÂY DỰNG ĐẤT NƯỚC TA NGÀY CÀNG PHỒN VINH, HẠNH PHÚC”", Facts.Title);
    }

    [Fact]
    public void SignatureBlockGivesSignerOfficeAndCapacity()
    {
        Assert.Equal("Trương Cảnh Tuyên", Facts.Signer);
        Assert.Equal("Phó Chủ tịch", Facts.SignerTitle);
        Assert.Equal(["TM. Ủy ban nhân dân", "KT. Chủ tịch"], Facts.SigningCapacity);
    }

    [Fact]
    public void RecipientsAreListedFromNoiNhan()
    {
        Assert.Equal(
            ["TT: TU, HĐND tỉnh, UBND tỉnh", "UBMTTQVN tỉnh và các Đoàn thể tỉnh", "Sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố", "Báo Hậu Giang, Đài PT&TH tỉnh", "Lưu: VT, NCTH.NTH"],
            Facts.Recipients);
    }

    [Fact]
    public void LawNetPlaceholdersMeanUnknownAndAreNeverStored()
    {
        // The header shows "Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "Ngày công báo: Đang cập nhật".
        Assert.Null(Facts.EffectiveOn);
        Assert.Null(Facts.Status);
        Assert.Null(Facts.GazettedOn);
        Assert.Null(Facts.GazetteNumber);
    }
}
