using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>The plan 100/KH-UBND must parse into exactly the tree its text has.</summary>
public sealed class PlanOutlineTests
{
    // Every numbered unit of the plan, in order: labels from the root, kind and title (null: the unit has none,
    // its heading line is a sentence). Read off the plan by hand.
    public static readonly TheoryData<string, SectionKind, string?> NumberedUnits = new()
    {
        { "I", SectionKind.Part, "MỤC ĐÍCH, YÊU CẦU" },
        { "I/1", SectionKind.Section, "Mục đích" },
        { "I/2", SectionKind.Section, "Yêu cầu" },
        { "II", SectionKind.Part, "MỤC TIÊU" },
        { "II/1", SectionKind.Section, "Mục tiêu chung" },
        { "II/2", SectionKind.Section, "Mục tiêu cụ thể" },
        { "III", SectionKind.Part, "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" },
        { "III/1", SectionKind.Section, "Nâng cao nhận thức, trách nhiệm của các cấp ủy, tổ chức đảng, hệ thống chính trị và Nhân dân về vị trí, tầm quan trọng của việc phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc" },
        { "III/1/1.1", SectionKind.Subsection, null },
        { "III/1/1.2", SectionKind.Subsection, null },
        { "III/1/1.3", SectionKind.Subsection, null },
        { "III/1/1.4", SectionKind.Subsection, null },
        { "III/2", SectionKind.Section, "Xây dựng định hướng chính sách, giải pháp đối với các giai cấp, tầng lớp nhân dân" },
        { "III/2/2.1", SectionKind.Subsection, "Đối với giai cấp công nhân" },
        { "III/2/2.2", SectionKind.Subsection, "Đối với giai cấp nông dân" },
        { "III/2/2.3", SectionKind.Subsection, "Đội ngũ trí thức" },
        { "III/2/2.4", SectionKind.Subsection, "Các doanh nghiệp" },
        { "III/2/2.5", SectionKind.Subsection, "Đối với thanh niên" },
        { "III/2/2.6", SectionKind.Subsection, "Đối với phụ nữ" },
        { "III/2/2.7", SectionKind.Subsection, "Đối với Hội Cựu chiến binh" },
        { "III/2/2.8", SectionKind.Subsection, "Đối với Người cao tuổi" },
        { "III/2/2.9", SectionKind.Subsection, "Đối với đồng bào dân tộc thiểu số" },
        { "III/2/2.10", SectionKind.Subsection, "Đối với đồng bào các tôn giáo" },
        { "III/2/2.11", SectionKind.Subsection, "Đối với kiều bào" },
        { "III/3", SectionKind.Section, "Xây dựng, chỉnh đốn Đảng trong sạch, vững mạnh; đổi mới phương thức lãnh đạo của Đảng, giữ vững vai trò hạt nhân lãnh đạo của Đảng trong xây dựng và phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc" },
        { "III/3/3.1", SectionKind.Subsection, null },
        { "III/3/3.2", SectionKind.Subsection, null },
        { "III/3/3.3", SectionKind.Subsection, null },
        { "III/3/3.4", SectionKind.Subsection, null },
        { "III/4", SectionKind.Section, "Phát huy vai trò của chính quyền các cấp trong việc thực hiện chính sách đại đoàn kết toàn dân tộc" },
        { "III/5", SectionKind.Section, "Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân" },
        { "III/6", SectionKind.Section, "Tổ chức các cuộc vận động, phong trào thi đua yêu nước thiết thực, hiệu quả" },
        { "IV", SectionKind.Part, "TỔ CHỨC THỰC HIỆN" },
        { "IV/1", SectionKind.Section, null },
        { "IV/2", SectionKind.Section, "Các ban, sở, ngành tỉnh có liên quan; UBND huyện, thị xã, thành phố" },
        { "IV/3", SectionKind.Section, null },
        { "IV/4", SectionKind.Section, null },
    };

    private static LegalDocument Plan => RepoFiles.Plan;

    [Fact]
    public void PlanHasExactlyThirtySevenNumberedUnitsInOrder()
    {
        var numbered = Plan.AllSections().Where(s => s.Label.Length > 0).Select(s => string.Join('/', s.Labels)).ToList();
        var expected = NumberedUnits.Select(row => (string)row[0]).ToList();
        Assert.Equal(37, numbered.Count);
        Assert.Equal(expected, numbered);
    }

    [Theory]
    [MemberData(nameof(NumberedUnits))]
    public void EveryNumberedUnitHasItsKindAndTitle(string path, SectionKind kind, string? title)
    {
        var section = Assert.Single(Plan.AllSections(), s => string.Join('/', s.Labels) == path);
        Assert.Equal(kind, section.Kind);
        Assert.Equal(title, section.Title);
    }

    [Fact]
    public void TopLevelIsPreambleFourPartsAndClosing()
    {
        var top = Plan.Sections.Select(s => (s.Kind, s.Label)).ToList();
        Assert.Equal(
            [(SectionKind.Preamble, ""), (SectionKind.Part, "I"), (SectionKind.Part, "II"), (SectionKind.Part, "III"), (SectionKind.Part, "IV"), (SectionKind.Closing, "")],
            top);
    }

    [Fact]
    public void PreambleHoldsTheTextBeforePartOneAndNothingOfTheHeader()
    {
        var preamble = Plan.Sections[0];
        Assert.StartsWith("Thực hiện Chương trình số 226-CTr/TU ngày 12/01/2024", preamble.Text);
        Assert.EndsWith("với các nội dung cụ thể như sau:", preamble.Text);
        Assert.DoesNotContain("CỘNG HÒA", preamble.Text);
        Assert.DoesNotContain("Số: 100/KH-UBND", preamble.Text);
    }

    [Fact]
    public void ClosingHoldsTrenDayLaRecipientsAndSignature()
    {
        var closing = Plan.Sections[^1];
        Assert.Equal("conclusions", closing.EId);
        Assert.StartsWith("Trên đây là Kế hoạch triển khai thực hiện Chương trình số 226-CTr/TU", closing.Text);
        Assert.Contains("Nơi nhận:", closing.Text);
        Assert.EndsWith("Trương Cảnh Tuyên", closing.Text);

        // Item IV.4 ends where the closing begins.
        var last = Plan.AllSections().Single(s => string.Join('/', s.Labels) == "IV/4");
        Assert.DoesNotContain("Trên đây là", last.Text);
    }

    [Fact]
    public void HeadingThatCarriesItsBodySplitsIntoTitleAndText()
    {
        var section = Plan.AllSections().Single(s => s.EId == "part_III__sec_2__subsec_2-8");
        Assert.Equal("2.8. Đối với Người cao tuổi", section.Heading);
        Assert.StartsWith("Phát huy uy tín, kinh nghiệm của người cao tuổi", section.Text);
        Assert.EndsWith("chăm sóc cho người cao tuổi nghèo, neo đơn.", section.Text);
    }

    [Fact]
    public void UnnumberedParagraphsBelongToTheUnitAroundThem()
    {
        // III.3.2 is followed by an unnumbered paragraph on the Đề án 01-ĐA/TU, 05-ĐA/TU and 06-ĐA/TU.
        var section = Plan.AllSections().Single(s => s.EId == "part_III__sec_3__subsec_3-2");
        Assert.StartsWith("Xây dựng đội ngũ cán bộ, đảng viên", section.Text);
        Assert.Contains("\nTiếp tục đẩy mạnh thực hiện có hiệu quả Đề án số 01-ĐA/TU", section.Text);

        // III.2's own text is the paragraph between its heading and 2.1.
        var item = Plan.AllSections().Single(s => s.EId == "part_III__sec_2");
        Assert.StartsWith("Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu", item.Text);
        Assert.DoesNotContain("2.1.", item.Text);
    }

    [Fact]
    public void IdsFollowTheAkomaNtosoStyle()
    {
        var ids = Plan.AllSections().Select(s => s.EId).ToList();
        Assert.Contains("preamble", ids);
        Assert.Contains("part_I__sec_1", ids);
        Assert.Contains("part_III__sec_2__subsec_2-10", ids);
        Assert.Contains("part_IV__sec_4", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Plan.AllSections(), s => Assert.Equal($"100-kh-ubnd-2024/{s.EId}", s.Id.ToString()));
    }

    [Fact]
    public void TextIsExactlyItsSpanOfTheCleanedTextAndChildrenNestInsideParents()
    {
        var previousOrder = -1;
        foreach (var section in Plan.AllSections())
        {
            Assert.Equal(section.TextSpan.Slice(Plan.CleanedText), section.Text);
            Assert.True(section.Span.Start <= section.TextSpan.Start && section.TextSpan.End <= section.Span.End, section.EId);
            Assert.Equal(previousOrder + 1, section.Order);
            previousOrder = section.Order;
            foreach (var child in section.Children)
            {
                Assert.True(section.Span.Start <= child.Span.Start && child.Span.End <= section.Span.End, child.EId);
                Assert.True(section.TextSpan.End <= child.Span.Start, child.EId);
            }

            if (section.Heading is not null)
            {
                Assert.StartsWith(section.Heading, section.Span.Slice(Plan.CleanedText));
            }
        }
    }

    [Fact]
    public void SiblingUnitsDoNotOverlapAndCoverTheBodyInOrder()
    {
        foreach (var parent in Plan.AllSections().Where(s => s.Children.Count > 1))
        {
            for (var i = 1; i < parent.Children.Count; i++)
            {
                Assert.True(parent.Children[i - 1].Span.End < parent.Children[i].Span.Start, parent.Children[i].EId);
            }
        }
    }
}
