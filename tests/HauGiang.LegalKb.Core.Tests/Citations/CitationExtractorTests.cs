using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Citations;

/// <summary>The grammar on fixtures written for it: fictional numbers (99xx), our own words.</summary>
public sealed class CitationExtractorTests
{
    private static IReadOnlyList<CitationMention> Extract(string text) => new CitationExtractor().Extract(text);

    [Fact]
    public void StateFormWithDateIssuerSubjectAndBasedOn()
    {
        var m = Assert.Single(Extract("Căn cứ Nghị định số 123/2031/NĐ-CP ngày 05/3/2031 của Chính phủ quy định chi tiết việc thử nghiệm;"));
        Assert.Equal("Nghị định số 123/2031/NĐ-CP ngày 05/3/2031 của Chính phủ", m.Text);
        Assert.Equal("123/2031/NĐ-CP", m.Number?.Value);
        Assert.Equal("Nghị định", m.Type?.Name);
        Assert.Equal(new DateOnly(2031, 3, 5), m.IssuedOn);
        Assert.Equal("Chính phủ", m.Issuer);
        Assert.Equal("quy định chi tiết việc thử nghiệm", m.Subject);
        Assert.Equal(RelationKind.BasedOn, m.LeadIn);
    }

    [Theory]
    [InlineData("Kế hoạch số 901/KH-UBND ngày 02 tháng 5 năm 2031 của Ủy ban nhân dân tỉnh Thử Nghiệm.", "901/KH-UBND", "02/05/2031", "Ủy ban nhân dân tỉnh Thử Nghiệm")]
    [InlineData("Quyết định số 9905-QĐ/TW ngày 12-12-2031 của Bộ Chính trị.", "9905-QĐ/TW", "12/12/2031", "Bộ Chính trị")]
    [InlineData("Đề án số 9913-ĐA/TU ngày 01/6/2031 của Ban Chấp hành Đảng bộ tỉnh.", "9913-ĐA/TU", "01/06/2031", "Ban Chấp hành Đảng bộ tỉnh")]
    [InlineData("Nghị quyết số 9931-NQ/TW ngày 24/11/2031 của Ban Chấp hành Trung ương khóa XX về thử nghiệm.", "9931-NQ/TW", "24/11/2031", "Ban Chấp hành Trung ương khóa XX")]
    [InlineData("Chương trình phối hợp số 99/CTrPH-UBND-UBMTTQ ngày 01/6/2031 giữa UBND với Ủy ban MTTQ Việt Nam tỉnh về thử nghiệm.", "99/CTrPH-UBND-UBMTTQ", "01/06/2031", "UBND với Ủy ban MTTQ Việt Nam tỉnh")]
    public void DatesInEveryCommonSpellingAndIssuingBodies(string text, string number, string date, string issuer)
    {
        var m = Assert.Single(Extract(text));
        Assert.Equal(number, m.Number?.Value);
        Assert.Equal(date, m.IssuedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(issuer, m.Issuer);
    }

    [Theory]
    [InlineData("thực hiện Nghị quyết số 9906 -NQ/TW.", "9906-NQ/TW", "Nghị quyết số 9906 -NQ/TW")]
    [InlineData("thực hiện Nghị quyết số 9906- NQ/TW.", "9906-NQ/TW", "Nghị quyết số 9906- NQ/TW")]
    [InlineData("theo Quyết định số 9907/QĐ-TW của Bộ Chính trị.", "9907-QĐ/TW", "Quyết định số 9907/QĐ-TW của Bộ Chính trị")]
    [InlineData("theo Chỉ thị 9908-CT/TU.", "9908-CT/TU", "Chỉ thị 9908-CT/TU")]
    [InlineData("THỰC HIỆN CHƯƠNG TRÌNH SỐ 9910-CTR/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY.", "9910-CTr/TU", "CHƯƠNG TRÌNH SỐ 9910-CTR/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY")]
    [InlineData("Nghị quyết liên tịch số 9915/NQLT/CP-ĐCTUBTWMTTQVN về thử nghiệm.", "9915/NQLT/CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch số 9915/NQLT/CP-ĐCTUBTWMTTQVN")]
    public void NoisyNumbersAreStoredInOneCanonicalFormWithTheWordsAsWritten(string text, string canonical, string written)
    {
        var m = Assert.Single(Extract(text));
        Assert.Equal(canonical, m.Number?.Value);
        Assert.Equal(written, m.Text);
    }

    [Fact]
    public void ATitleLineThatChainsReferencesGivesTheChain()
    {
        var mentions = Extract("Kế hoạch 9909/KH-UBND năm 2031 thực hiện Chương trình 9910-CTr/TU thực hiện Nghị quyết 9911-NQ/TW về thử nghiệm chuỗi");
        Assert.Equal(["9909/KH-UBND", "9910-CTr/TU", "9911-NQ/TW"], mentions.Select(m => m.Number?.Value));
        Assert.Equal(2031, mentions[0].Year);
        Assert.Null(mentions[0].ImplementedBy);
        Assert.Equal(0, mentions[1].ImplementedBy);
        Assert.Equal(1, mentions[2].ImplementedBy);
        Assert.Equal("thử nghiệm chuỗi", mentions[2].Subject);
    }

    [Fact]
    public void ATypeWordServesAWholeListOfNumbers()
    {
        var mentions = Extract("Tiếp tục thực hiện các Đề án số 9913-ĐA/TU, 9914-ĐA/TU và 9918-ĐA/TU.");
        Assert.Equal(["9913-ĐA/TU", "9914-ĐA/TU", "9918-ĐA/TU"], mentions.Select(m => m.Number?.Value));
        Assert.All(mentions, m => Assert.Equal("Đề án", m.Type?.Name));
    }

    [Fact]
    public void PinpointsAttachToTheReferenceAfterThem()
    {
        var m = Assert.Single(Extract("Thực hiện theo điểm a khoản 2 Điều 5 Nghị định số 9912/2031/NĐ-CP."));
        Assert.Equal("điểm a khoản 2 Điều 5 Nghị định số 9912/2031/NĐ-CP", m.Text);
        Assert.Equal([new PinpointPart(SectionKind.Article, "5"), new PinpointPart(SectionKind.Clause, "2"), new PinpointPart(SectionKind.Point, "a")], m.Pinpoint?.Parts);
    }

    [Fact]
    public void APinpointListGivesOneReferencePerPinpoint()
    {
        var mentions = Extract("Nghị định quy định chi tiết khoản 4 Điều 23, khoản 4 Điều 33 của Luật Thử nghiệm mẫu.");
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("Luật Thử nghiệm mẫu", m.Name));
        Assert.Equal(["23", "4"], mentions[0].Pinpoint!.Labels);
        Assert.Equal(["33", "4"], mentions[1].Pinpoint!.Labels);
    }

    [Fact]
    public void PinpointsIntoThisDocument()
    {
        var mentions = Extract("Nội dung tại mục 2 phần III Kế hoạch này và điểm a khoản 2 Điều 5 Nghị định này; xem khoản 1 Điều này.");
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.True(m.IsSelfReference));
        Assert.Equal([new PinpointPart(SectionKind.Part, "III"), new PinpointPart(SectionKind.Section, "2")], mentions[0].Pinpoint?.Parts);
        Assert.Equal(["5", "2", "a"], mentions[1].Pinpoint!.Labels);
        Assert.True(mentions[2].Pinpoint!.RelativeToArticle);
        Assert.Equal(["1"], mentions[2].Pinpoint!.Labels);
    }

    [Fact]
    public void APinpointIntoAnAttachedQuyChe()
    {
        var m = Assert.Single(Extract("theo Điều 5 của Quy chế ban hành kèm theo Quyết định số 9905-QĐ/TW."));
        Assert.Equal("Quy chế", m.Pinpoint?.Attachment);
        Assert.Equal("9905-QĐ/TW", m.Number?.Value);
    }

    [Fact]
    public void NamedReferencesWithoutANumber()
    {
        var mentions = Extract("Thực hiện các Nghị quyết Trung ương 7 khóa XX, khoá XXI và Luật Thử nghiệm mẫu về dân chủ; Bộ luật Thử nghiệm.");
        Assert.Equal(["Nghị quyết Trung ương 7 khóa XX", "Nghị quyết Trung ương 7 khóa XXI", "Luật Thử nghiệm mẫu", "Bộ luật Thử nghiệm"], mentions.Select(m => m.Name));
        Assert.Equal("khoá XXI", mentions[1].Text);
    }

    [Fact]
    public void CatalogueNamesMatchWhateverTheTonePlacement()
    {
        var extractor = new CitationExtractor(["Nghị quyết Thử nghiệm khóa mẫu"]);
        var m = Assert.Single(extractor.Extract("Quán triệt Nghị quyết Thử nghiệm khoá mẫu."));
        Assert.Equal("Nghị quyết Thử nghiệm khóa mẫu", m.Name);
    }

    [Theory]
    [InlineData("triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh")]
    [InlineData("đến năm 2030, tầm nhìn đến năm 2050")]
    [InlineData("liên hệ số điện thoại 0293 3870 999 hoặc 0293.3870.999")]
    [InlineData("ngày 02/5/2031 và giai đoạn 2021 - 2025")]
    [InlineData("mã hồ sơ 9916/HS-ABC được lưu tại bộ phận một cửa")]
    [InlineData("mời Luật sư Trần Văn Mẫu tư vấn về pháp luật dân chủ ở cơ sở")]
    [InlineData("Thực hiện tốt các chương trình, kế hoạch phối hợp, liên tịch của chính quyền")]
    [InlineData("2.8. Đối với Người cao tuổi: Phát huy uy tín")]
    [InlineData("Căn cứ Quyết định …/QĐ-BCĐ ngày … tháng … năm 2031 của Trưởng Ban Chỉ đạo thử nghiệm;")]
    [InlineData("Số:      /KH-UBND\nSố: …/2031/QĐ-UBND\nSố: ..../2031/QĐ-UBND")]
    [InlineData("Điều 5. Tổ chức thực hiện\nĐiều 6. Hiệu lực thi hành")]
    [InlineData("Điện thoại: 0293.3870.999; Fax: (0293) 3870 998; di động 0912-345-678")]
    [InlineData("mời Luật gia Nguyễn Văn Mẫu và các luật sư tham gia; theo luật định")]
    [InlineData("tuân thủ Hiến pháp và pháp luật; trái với Hiến pháp, luật và văn bản cấp trên")]
    [InlineData("Phụ lục số 01 ban hành kèm theo Luật Bộ Thử Nghiệm")]
    [InlineData("Luật được ban hành ngày 05/3/2031; Luật, pháp lệnh và nghị quyết của Quốc hội")]
    public void TextThatIsNotAReferenceIsNotMatched(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("Căn cứ Luật Thử nghiệm mẫu số 9901/2031/QH99;", "Luật Thử nghiệm mẫu", "9901/2031/QH99", null)]
    [InlineData("Bãi bỏ Điều 7 của Luật Tần số thử nghiệm số 9902/2031/QH99.", "Luật Tần số thử nghiệm", "9902/2031/QH99", null)]
    [InlineData("Căn cứ Luật Tổ chức thử nghiệm ngày 16 tháng 6 năm 2031;", "Luật Tổ chức thử nghiệm", null, "16/06/2031")]
    [InlineData("Căn cứ Luật thử nghiệm dữ liệu ngày 05/3/2031;", "Luật thử nghiệm dữ liệu", null, "05/03/2031")]
    [InlineData("theo Luật Hòa giải, đối thoại tại Tòa thử số 9903/2031/QH99;", "Luật Hòa giải, đối thoại tại Tòa thử", "9903/2031/QH99", null)]
    [InlineData("theo Luật Hòa giải, đối thoại tại Tòa thử.", "Luật Hòa giải, đối thoại", null, null)]
    [InlineData("Xây dựng Luật Thử nghiệm y tế (sửa đổi).", "Luật Thử nghiệm y tế (sửa đổi)", null, null)]
    [InlineData("Xây dựng Luật Thử nghiệm y tế sửa đổi.", "Luật Thử nghiệm y tế sửa đổi", null, null)]
    [InlineData("theo Luật Lao động - Thương binh thử nghiệm và các văn bản", "Luật Lao động - Thương binh thử nghiệm", null, null)]
    [InlineData("Căn cứ Luật sửa đổi, bổ\nsung một số điều của Luật thử nghiệm mẫu ngày 13 tháng 6 năm 2031;", "Luật sửa đổi, bổ sung một số điều của Luật thử nghiệm mẫu", null, "13/06/2031")]
    [InlineData("theo Luật Phòng, chống thử nghiệm năm 2031;", "Luật Phòng, chống thử nghiệm năm 2031", null, null)]
    [InlineData("Điều 77 Luật Trật tự, an toàn giao thông thử nghiệm (Nghị định thử)", "Luật Trật tự, an toàn giao thông thử nghiệm", null, null)]
    [InlineData("trẻ em theo Bộ luật Thử nghiệm, con chưa đủ 18 tuổi", "Bộ luật Thử nghiệm", null, null)]
    [InlineData("điểm a khoản 4 Điều 28 Luật Phòng không thử nghiệm số 9905/2031/QH99.", "Luật Phòng không thử nghiệm", "9905/2031/QH99", null)]
    [InlineData("theo Pháp lệnh Quy định danh hiệu thử nghiệm.", "Pháp lệnh Quy định danh hiệu thử nghiệm", null, null)]
    [InlineData("một số điều của Luật Thử nghiệm Sửa đổi Điều 13 về ngưỡng", "Luật Thử nghiệm", null, null)]
    [InlineData("của Luật Thử nghiệm thay bằng văn bản thông báo", "Luật Thử nghiệm", null, null)]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục thử nghiệm của Luật Thử nghiệm ngày 12/11/2031;", "Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục thử nghiệm của Luật Thử nghiệm", null, "12/11/2031")]
    public void ALawsNameRunsToWhatClosesItOrEndsIt(string text, string name, string? number, string? date)
    {
        var m = Assert.Single(Extract(text));
        Assert.Equal(name, m.Name);
        Assert.Equal(number, m.Number?.Value);
        Assert.Equal(date, m.IssuedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ATypeWordBrokenAcrossALineStillOpensANumber()
    {
        var m = Assert.Single(Extract("có hiệu lực và thay thế Quyết\nđịnh số 9979/QĐ-TTg ngày 03 tháng 7 năm 2031 của Thủ tướng Chính phủ."));
        Assert.Equal("9979/QĐ-TTG", m.Number?.Value);
        Assert.Equal("Quyết định", m.Type?.Name);
        Assert.Equal(new DateOnly(2031, 7, 3), m.IssuedOn);
    }

    [Fact]
    public void AnAttachmentsHeadingAndAHeadersNumberStateTheDocumentsOwnNumber()
    {
        var mentions = Extract("Luật số: 9904/2031/QH99\n(Ban hành kèm theo Quyết định số 9905/QĐ-UBND ngày 10/3/2031)\nThực hiện Quyết định số 9906/QĐ-UBND ban hành kèm theo Kế hoạch số 9907/KH-UBND.");
        Assert.Equal([true, true, false, false], mentions.Select(m => m.StatesOwnNumber));
    }

    [Fact]
    public void ALongTextIsReadInTimeThatGrowsWithItsLengthOnly()
    {
        // 700,000 characters, 24,000 references: a copy of the text between each pinpoint and each later reference took
        // minutes here; reading in place takes well under a second. The bound leaves room for a loaded machine.
        const string Line = "Căn cứ khoản 2 Điều 5 Nghị định số 9901/2031/NĐ-CP; triển khai Kế hoạch này theo khoản 3 Điều 7 và Luật Thử nghiệm mẫu.\n";
        var text = string.Concat(Enumerable.Repeat(Line, 6000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mentions = Extract(text);
        Assert.Equal(24000, mentions.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void GarbageNeverThrows()
    {
        var random = new Random(43);
        const string alphabet = "Điều khoản điểm số/-NQTWĐA 0123456789 của ngày Nghị quyết Luật này, ;.“”()";
        for (var i = 0; i < 500; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            _ = Extract(text);
        }
    }
}
