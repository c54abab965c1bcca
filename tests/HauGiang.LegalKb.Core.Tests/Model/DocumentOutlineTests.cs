using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Tests.Shared;

namespace HauGiang.LegalKb.Core.Tests.Model;

/// <summary>Where a section stands, answered by the knowledge base from one outline per document.</summary>
public sealed class DocumentOutlineTests
{
    private static readonly DocumentId Plan = DocumentId.Of("100-kh-ubnd-2024");

    [Fact]
    public void AncestorsRunFromTheTopOfTheDocumentToTheParent()
    {
        var ancestors = RealKnowledgeBase.Value.Ancestors(SectionId.Parse("100-kh-ubnd-2024/part_III__sec_2__subsec_2-8"));

        Assert.Equal(["part_III", "part_III__sec_2"], ancestors.Select(s => s.EId));
    }

    [Fact]
    public void APathEndsWithTheSectionItself()
    {
        var path = RealKnowledgeBase.Value.PathTo(SectionId.Parse("100-kh-ubnd-2024/part_III__sec_2"));

        Assert.Equal(["part_III", "part_III__sec_2"], path.Select(s => s.EId));
        Assert.Empty(RealKnowledgeBase.Value.Ancestors(SectionId.Parse("100-kh-ubnd-2024/preamble")));
        Assert.Empty(RealKnowledgeBase.Value.PathTo(SectionId.Parse("100-kh-ubnd-2024/part_IX")));
        Assert.Empty(RealKnowledgeBase.Value.PathTo(SectionId.Parse("khong-co/preamble")));
    }

    [Fact]
    public void TheSectionAtAnOffsetIsTheDeepestOneHoldingIt()
    {
        var kb = RealKnowledgeBase.Value;
        var unit = kb.FindSection(SectionId.Parse("100-kh-ubnd-2024/part_III__sec_2__subsec_2-8"))!.Value.Section;

        Assert.Equal(unit.Id, kb.SectionAt(Plan, unit.TextSpan.Start)?.Id);
        Assert.Equal(unit.Id, kb.SectionAt(Plan, unit.Span.End - 1)?.Id);
        Assert.Null(kb.SectionAt(Plan, -1));
        Assert.Null(kb.SectionAt(DocumentId.Of("43-nq-tw-2023"), 0));
    }

    [Fact]
    public void EverySectionsPathEndsWithItAndStaysInsideItsParentsSpan()
    {
        var document = RealKnowledgeBase.Value.FindDocument(Plan)!;
        var outline = DocumentOutline.Of(document);
        foreach (var section in document.AllSections())
        {
            var path = outline.Path(section.Id);
            Assert.Same(section, path[^1]);
            for (var i = 1; i < path.Count; i++)
            {
                Assert.Contains(path[i], path[i - 1].Children);
                Assert.True(path[i - 1].Span.Start <= path[i].Span.Start && path[i].Span.End <= path[i - 1].Span.End);
            }
        }
    }

    [Theory]
    [InlineData("100-kh-ubnd-2024", true)]
    [InlineData("59-2023-nd-cp", true)]
    [InlineData("", false)]
    [InlineData("Hoa-Thuong", false)]
    [InlineData("100/kh-ubnd", false)]
    [InlineData("van ban", false)]
    [InlineData(null, false)]
    public void DocumentIdsParseWithoutThrowing(string? text, bool valid)
    {
        Assert.Equal(valid, DocumentId.TryParse(text, out var id));
        Assert.Equal(valid ? text : string.Empty, id.Value);
    }

    [Theory]
    [InlineData("100-kh-ubnd-2024/part_III__sec_2", true)]
    [InlineData("100-kh-ubnd-2024/", false)]
    [InlineData("/part_III", false)]
    [InlineData("100-kh-ubnd-2024/part III", false)]
    [InlineData("100-kh-ubnd-2024/a/b", false)]
    [InlineData("100-kh-ubnd-2024", false)]
    [InlineData(null, false)]
    public void SectionIdsParseWithoutThrowing(string? text, bool valid)
    {
        Assert.Equal(valid, SectionId.TryParse(text, out var id));
        Assert.Equal(valid ? text : "/", id.ToString());
    }
}
