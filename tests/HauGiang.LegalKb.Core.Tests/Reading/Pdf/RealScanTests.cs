using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>The two real scans of ../shared/real-docs, OCR'd once for the whole class (a few seconds a page).</summary>
public sealed class RealScans
{
    public Lazy<ReadResult> Plan { get; } = new(() => Read("kh996-2026-tctlntw-scan.pdf"));

    public Lazy<ReadResult> Decision { get; } = new(() => Read("qd1716-2025-ubnd-lamdong-badocr.pdf"));

    private static ReadResult Read(string name) =>
        new PdfReader().Read(new SourceFile("sources/" + name, File.ReadAllBytes(PdfTestMachine.RealDoc(name))));
}

/// <summary>A scan without a text layer and a scan with a garbage one both come back as OCR'd text.</summary>
public sealed partial class RealScanTests(RealScans scans) : IClassFixture<RealScans>
{
    private static List<string> Texts(ReadResult result)
    {
        Assert.True(result.Success, result.Error);
        return [.. result.Text.Paragraphs.Select(p => p.Text)];
    }

    [RealScanFact]
    public void ScannedPlanIsRecognisedWithAtLeastNineTenthsOfItsPartsAndItems()
    {
        var paragraphs = Texts(scans.Plan.Value);

        Assert.Equal(("pdf-ocr", 4), (scans.Plan.Value.Text!.Format, scans.Plan.Value.Text.Pages));
        Assert.True(scans.Plan.Value.Text.OcrConfidence > 85, $"confidence {scans.Plan.Value.Text.OcrConfidence}");

        // The hand-read units of truth.json: parts I–III with items 1–3, 1–7 and 1–4.
        var expected = new[] { ("I", 3), ("II", 7), ("III", 4) }
            .SelectMany(p => Enumerable.Range(0, p.Item2 + 1).Select(n => $"{p.Item1}/{n}"))
            .ToHashSet();
        var found = new HashSet<string>();
        var part = string.Empty;
        foreach (var paragraph in paragraphs)
        {
            if (PartHeading().Match(paragraph) is { Success: true } heading)
            {
                part = heading.Groups[1].Value;
                found.Add(part + "/0");
            }
            else if (Item().Match(paragraph) is { Success: true } item)
            {
                found.Add(part + "/" + item.Groups[1].Value);
            }
        }

        Assert.True(found.Intersect(expected).Count() >= 0.9 * expected.Count, string.Join(", ", expected.Except(found)));
    }

    [RealScanFact]
    public void IncomingMailStampIsDroppedAndTheHeaderColumnsStayApart()
    {
        var paragraphs = Texts(scans.Plan.Value);

        Assert.DoesNotContain(paragraphs, p => p.Contains("Chuyển:", StringComparison.Ordinal) || p.Contains("ký hiệu HS", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("UBND TỈNH LÂM ĐỒNG", StringComparison.Ordinal));
        Assert.Contains("KẾ HOẠCH", paragraphs);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", paragraphs);
        Assert.True(paragraphs.FindIndex(p => p.Contains("TỔ CÔNG TÁC", StringComparison.Ordinal) || p.Contains("TỎ CÔNG TÁC", StringComparison.Ordinal))
            < paragraphs.FindIndex(p => p.StartsWith("CỘNG HOÀ", StringComparison.Ordinal) || p.StartsWith("CỘNG HÒA", StringComparison.Ordinal)));
    }

    [RealScanFact]
    public void GarbledTextLayerIsDetectedAndThePagesAreReadByOcr()
    {
        var paragraphs = Texts(scans.Decision.Value);

        Assert.Equal("pdf-ocr", scans.Decision.Value.Text!.Format);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Cdn c*", StringComparison.Ordinal) || p.Contains("ngdy", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 3), n => Assert.Single(paragraphs, p => p.StartsWith($"Điều {n}. ", StringComparison.Ordinal)));
        Assert.All(new[] { "a)", "b)", "c)", "d)", "đ)" }, point => Assert.Contains(paragraphs, p => p.StartsWith(point + " ", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^(I{1,3})\. ")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(\d{1,2})\. ")]
    private static partial Regex Item();
}
