using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Tests.StudyPacks;

/// <summary>The pack's Word file is laid out as an administrative document and keeps the notes' formatting.</summary>
public sealed class StudyPackWordTests
{
    private const string Section35 = "100-kh-ubnd-2024/part_III__sec_5";
    private const string Section28 = "100-kh-ubnd-2024/part_III__sec_2__subsec_2-8";

    private static async Task<WordprocessingDocument> Download(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/tap-tai-lieu/tai-ve.docx" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    [Fact]
    public async Task ThePageIsA4WithTheMarginsOfAnAdministrativeDocumentAndNumberedPages()
    {
        await using var application = new LegalKbApplication();
        using var word = await Download(application.CreateClient(), $"?s={Section35},{Section28}");
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        // A4 (210 × 297 mm) in twentieths of a point; Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.InRange(Millimetres(margin.Top!.Value), 20, 25);
        Assert.InRange(Millimetres(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Millimetres((int)margin.Left!.Value), 30, 35);
        Assert.InRange(Millimetres((int)margin.Right!.Value), 15, 20);

        // Page numbers: a PAGE field in the top margin, centred, not on the first page.
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var header = section.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default);
        var part = (HeaderPart)main.GetPartById(header.Id!.Value!);
        Assert.Contains(" PAGE ", part.Header!.Descendants<FieldCode>().Single().Text);
        Assert.Equal(JustificationValues.Center, part.Header!.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public async Task NotesKeepTheirHeadingsListsEmphasisAndLinksWithTheirAddresses()
    {
        const string note = "## Mục tiêu buổi học\n\nĐọc **kỹ** và *ghi nhớ*:\n\n1. ý thứ nhất\n2. ý thứ hai\n\n- một ý\n\nXem [Kế hoạch](/van-ban/100-kh-ubnd-2024) và [trang ngoài](https://example.org/a).";
        await using var application = new LegalKbApplication();
        using var word = await Download(application.CreateClient(), $"?s={Section35}&n0={Uri.EscapeDataString(note)}");
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();

        Assert.Contains(paragraphs, p => Style(p) == "Heading3" && p.InnerText == "Mục tiêu buổi học");
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText == "kỹ" && r.RunProperties?.Bold is not null);
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText == "ghi nhớ" && r.RunProperties?.Italic is not null);
        Assert.Contains(paragraphs, p => p.InnerText == "1. ý thứ nhất");
        Assert.Contains(paragraphs, p => p.InnerText == "2. ý thứ hai");
        Assert.Contains(paragraphs, p => p.InnerText == "– một ý");

        // Links lead to their address (relative ones made absolute) and show it after the words, for paper.
        var links = body.Descendants<Hyperlink>().Select(h => (h.InnerText, word.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.AbsoluteUri)).ToList();
        Assert.Contains(("Kế hoạch", "https://vanban.example/van-ban/100-kh-ubnd-2024"), links);
        Assert.Contains(("trang ngoài", "https://example.org/a"), links);
        Assert.Contains("trang ngoài (https://example.org/a)", body.InnerText);
    }

    [Fact]
    public async Task EachLineOfAnExcerptIsItsOwnParagraphAndHeadingsAreNumberedOnce()
    {
        await using var application = new LegalKbApplication();
        using var word = await Download(application.CreateClient(), $"?s={Section28},100-kh-ubnd-2024/part_III__sec_1");
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Contains(paragraphs, p => Style(p) == "Heading2" && p.InnerText == "2.8. Đối với Người cao tuổi");
        Assert.DoesNotContain(paragraphs, p => p.InnerText.StartsWith("1. 2.8.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => Style(p) == "Excerpt" && p.InnerText.StartsWith("1.4. Xây dựng đoàn kết", StringComparison.Ordinal));
    }

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static double Millimetres(long twips) => twips / 56.7;
}
