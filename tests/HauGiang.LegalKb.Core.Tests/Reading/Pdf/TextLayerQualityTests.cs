using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>A text layer is worth reading when its words are Vietnamese syllables with their diacritics.</summary>
public sealed class TextLayerQualityTests
{
    private static TextLayerQuality.Judgement Judge(string text) => TextLayerQuality.Judge(text.Split(' '));

    [Fact]
    public void GarbledOcrLayerIsNotVietnamese()
    {
        var judgement = Judge("Cdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 19 thdng 6 ndm 2099; Cdn c* Nghi q,ryilt tii 9901,0{Q-CP ngdy 15 thdng 7 ndm 2099 ctn Ch{nh phtt banhinh Chuongtrinhttingth€ cdi cdchhdnh chinh");

        Assert.True(judgement.HasText);
        Assert.False(judgement.IsVietnamese);
    }

    [Fact]
    public void VietnameseTextLayerIsVietnamese()
    {
        var judgement = Judge("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2099; căn cứ Nghị quyết số 9901/NQ-CP ngày 15 tháng 7 năm 2099 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính của tỉnh Thử Nghiệm");

        Assert.True(judgement.IsVietnamese);
        Assert.True(judgement.SyllableShare > 0.9);
    }

    [Fact]
    public void LegacyTcvn3FontTextIsNotVietnamese()
    {
        Assert.False(Judge("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp Tù do H¹nh phóc QuyÕt ®Þnh vÒ viÖc thö nghiÖm ®äc v¨n b¶n cña tØnh Thö NghiÖm").IsVietnamese);
    }

    [Fact]
    public void AFewWordsAreTooFewToJudge()
    {
        Assert.False(Judge("Ký bởi: Văn phòng 2099").HasText);
    }
}
