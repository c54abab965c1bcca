using HauGiang.LegalKb.Core.Metadata;

namespace HauGiang.LegalKb.Core.Tests.Metadata;

/// <summary>A header paragraph split into motto, number, place and date, type and text, in every layout a source gives.</summary>
public sealed class HeaderPiecesTests
{
    [Fact]
    public void AWholeHeaderJoinedIntoOneLineFallsApartIntoItsPieces()
    {
        var pieces = HeaderPieces.Split(
            "BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 915/QĐ-BXD Hà Nội, ngày 07 tháng 3 năm 2019 QUYẾT ĐỊNH Về việc thử nghiệm",
            typeWithTitle: false);

        Assert.Equal(
            ["Text:BỘ XÂY DỰNG", "Motto", "Motto", "Number:915/QĐ-BXD", "Date:Hà Nội:2019-03-07", "Type:Quyết định:Về việc thử nghiệm"],
            pieces.Select(Describe));
    }

    [Fact]
    public void TwoInterleavedColumnsLeaveTheIssuersWordsInOrder()
    {
        var pieces = HeaderPieces.Split("BỘ LAO ĐỘNG - THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc", false);

        Assert.Equal(["Text:BỘ LAO ĐỘNG - THƯƠNG", "Motto", "Text:BINH VÀ XÃ HỘI", "Motto"], pieces.Select(Describe));
    }

    [Theory]
    [InlineData("Số: /QĐ-TGV")] // a draft, number to be filled in
    [InlineData("Số:      /KH-UBND")]
    [InlineData("Số: …/QĐ-UBND")]
    [InlineData("Số -QC/ĐU")] // a Party draft
    public void ABlankNumberIsBlankNotANumber(string line)
    {
        var number = Assert.Single(HeaderPieces.Split(line, false));

        Assert.Equal(HeaderPieceKind.Number, number.Kind);
        Assert.True(number.Blank);
        Assert.Null(number.Number);
    }

    [Theory]
    [InlineData("Số:\t9974 / QĐ - BTN", "9974/QĐ-BTN")] // tabs and spaces around the separators
    [InlineData("Số 36-HD/VPTW", "36-HD/VPTW")] // Party numbers often have no colon
    [InlineData("Luật số: 84/2025/QH15", "84/2025/QH15")]
    [InlineData("Số: 24/2026//NQ-CP", "24/2026/NQ-CP")] // a doubled slash
    [InlineData("Số: II /2026/QĐ-UBND", "11/2026/QĐ-UBND")] // an OCR's 1 read as I
    [InlineData("SỐ: 12/TTr-UBND", "12/TTr-UBND")]
    public void NumbersAreReadThroughTheirNoise(string line, string expected)
    {
        var number = Assert.Single(HeaderPieces.Split(line, false));

        Assert.Equal(expected, number.Number?.Value);
    }

    [Fact]
    public void ABareSoInsideAnIssuersNameIsNotTheNumber()
    {
        var pieces = HeaderPieces.Split("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT", false);

        Assert.Equal(["Text:ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"], pieces.Select(Describe));
    }

    [Theory]
    [InlineData("Lào Cai, ngày tháng năm 2026")]
    [InlineData("Thử Nghiệm, ngày  tháng 8 năm 2031")]
    [InlineData("Thử Nghiệm, ngày … tháng … năm 2031")]
    public void ABlankDateHasItsPlaceButNoDate(string line)
    {
        var date = Assert.Single(HeaderPieces.Split(line, false));

        Assert.Equal(HeaderPieceKind.Date, date.Kind);
        Assert.NotNull(date.Place);
        Assert.Null(date.Date);
    }

    [Fact]
    public void AnIssuerInCapitalsRunningIntoThePlaceIsNotPartOfIt()
    {
        var pieces = HeaderPieces.Split("SỞ NỘI VỤ Thử Nghiệm, ngày 11 tháng 6 năm 2031", false);

        Assert.Equal(["Text:SỞ NỘI VỤ", "Date:Thử Nghiệm:2031-06-11"], pieces.Select(Describe));
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH:")] // the enacting word, not the type line
    [InlineData("KẾ HOẠCH HÀNH ĐỘNG")] // before any header, capitals that only start with a type word
    public void NotATypeLine(string line)
    {
        Assert.DoesNotContain(HeaderPieces.Split(line, false), p => p.Kind == HeaderPieceKind.Type);
    }

    [Fact]
    public void AnOcrsWrongVowelMarkStillNamesTheType()
    {
        var type = Assert.Single(HeaderPieces.Split("QUYÉT ĐỊNH", false));

        Assert.Equal("Quyết định", type.Type?.Name);
    }

    [Theory]
    [InlineData("CỘNG HOÀ XÃ")] // a stamp covers the rest
    [InlineData("Độc lập")]
    public void WhatIsLeftOfTheMottoIsTheMotto(string line)
    {
        Assert.Equal(HeaderPieceKind.Motto, Assert.Single(HeaderPieces.Split(line, false)).Kind);
    }

    [Fact]
    public void ADateWrittenByHandThatAnOcrCouldNotReadIsADateLineWithoutADate()
    {
        var date = Assert.Single(HeaderPieces.Split("Hà Nội, ngày0) thángh năm 2026", false));

        Assert.Equal(HeaderPieceKind.Date, date.Kind);
        Assert.Equal("Hà Nội", date.Place);
        Assert.Null(date.Date);
    }

    [Theory]
    [InlineData("Số: ØÓ6” /KH-TCTLNTW-C04", "/KH-TCTLNTW-C04")]
    [InlineData("Số: 4/6 /QĐĐ-UBND", "/QĐĐ-UBND")]
    public void ANumberWrittenButUnreadableIsNeitherANumberNorBlank(string line, string code)
    {
        var number = Assert.Single(HeaderPieces.Split(line, false));

        Assert.Null(number.Number);
        Assert.False(number.Blank);
        Assert.Equal(code, number.UnreadableCode);
    }

    private static string Describe(HeaderPiece p) => p.Kind switch
    {
        HeaderPieceKind.Motto => "Motto",
        HeaderPieceKind.Number => $"Number:{p.Number?.Value}",
        HeaderPieceKind.Date => $"Date:{p.Place}:{p.Date:yyyy-MM-dd}",
        HeaderPieceKind.Type => $"Type:{p.Type?.Name}" + (p.Rest is null ? string.Empty : $":{p.Rest}"),
        _ => $"Text:{p.Text}",
    };
}
