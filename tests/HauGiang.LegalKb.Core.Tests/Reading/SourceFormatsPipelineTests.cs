using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Tests.Reading;

/// <summary>HTML and Markdown sources through the whole pipeline: facts, headings as sections, no furniture.</summary>
public sealed class SourceFormatsPipelineTests
{
    [Fact]
    public void MarkdownFrontMatterCarriesTheFactsAndHeadingsBecomeSections()
    {
        var document = RepoFiles.Parse(RepoFiles.Fixture("markdown", "ke-hoach-9930.md")).ToDocument(DocumentId.Of("9930-kh-ubnd-2031"));
        var facts = document.Metadata;
        Assert.Equal("9930/KH-UBND", facts.Number?.Value);
        Assert.Equal("Kế hoạch", facts.Type?.Name);
        Assert.Equal("Thử nghiệm đọc tệp Markdown", facts.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Thử Nghiệm", facts.Issuer);
        Assert.Equal(new DateOnly(2031, 9, 9), facts.IssuedOn);
        Assert.Equal("Lê Thị Mẫu", facts.Signer);

        var ids = document.AllSections().Select(s => s.EId).ToList();
        Assert.Equal(
            ["preamble", "part_I", "part_I__sec_1", "part_II", "part_II__sec_1", "part_II__sec_1__point_a", "part_II__sec_1__point_b", "part_II__hcontainer_1"],
            ids);
        Assert.Equal("Nhiệm vụ chung", document.AllSections().Single(s => s.EId == "part_II__sec_1").Title);
        Assert.Equal("Phụ lục tham khảo", document.AllSections().Single(s => s.EId == "part_II__hcontainer_1").Title);
        Assert.Equal("Điểm thứ hai.", document.AllSections().Single(s => s.EId == "part_II__sec_1__point_b").Text);
    }

    [Fact]
    public void MarkdownLegalDocumentHasChaptersArticlesClausesAndPoints()
    {
        var document = RepoFiles.Parse(RepoFiles.Fixture("markdown", "quyet-dinh-7777.md")).ToDocument(DocumentId.Of("7777-qd-ubnd-2031"));
        Assert.Equal("7777/QĐ-UBND", document.Metadata.Number?.Value);
        Assert.Equal("Trần Văn Mẫu", document.Metadata.Signer);
        var ids = document.AllSections().Select(s => s.EId).ToList();
        Assert.Contains("chp_I", ids);
        Assert.Contains("art_2__para_2__point_b", ids);
        Assert.Equal("Mục tiêu", document.AllSections().Single(s => s.EId == "art_2").Title);
    }

    [Fact]
    public void SavedLegalSitePageKeepsTheDocumentAndDropsTheSite()
    {
        var document = RepoFiles.Parse(RepoFiles.Fixture("html", "ke-hoach-901-trang-luat-luu-san.html")).ToDocument(DocumentId.Of("901-kh-ubnd"));
        Assert.Equal("901/KH-UBND", document.Metadata.Number?.Value);
        Assert.Equal("Kế hoạch", document.Metadata.Type?.Name);
        Assert.Contains(document.AllSections(), s => s.Kind == SectionKind.Part && s.Label == "I");
        Assert.Contains(document.AllSections(), s => s.Kind == SectionKind.Point);
        Assert.NotNull(document.Metadata.Signer);
        Assert.DoesNotContain("Đăng nhập", document.CleanedText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", document.CleanedText, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlLegalDocumentHeadingsBecomeChaptersAndArticles()
    {
        var document = RepoFiles.Parse(RepoFiles.Fixture("html", "quy-dinh-7777-chuong-dieu.html")).ToDocument(DocumentId.Of("7777"));
        Assert.Contains(document.AllSections(), s => s.Kind == SectionKind.Chapter);
        Assert.Contains(document.AllSections(), s => s.Kind == SectionKind.Article && s.Label == "1");
    }
}
