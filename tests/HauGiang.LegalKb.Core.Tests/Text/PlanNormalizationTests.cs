using System.Text;

namespace HauGiang.LegalKb.Core.Tests.Text;

/// <summary>The plan writes Đ as U+00D0 in seven places and mixes tone-mark placements.</summary>
public sealed class PlanNormalizationTests
{
    [Fact]
    public void TheSevenEthLettersOfTheExportBecomeDStroke()
    {
        var raw = File.ReadAllText(RepoFiles.PlanPath);
        Assert.Equal(7, raw.Count(c => c == '\u00D0'));
        Assert.DoesNotContain('\u00D0', RepoFiles.Plan.CleanedText);
        Assert.All(RepoFiles.Plan.AllSections(), s => Assert.DoesNotContain('\u00D0', s.Text));

        // "Ðẩy mạnh phát triển đảng viên" in 2.3 and "Ðoàn kết đồng bào" in 2.10 are written with Đ now.
        Assert.Contains("Đẩy mạnh phát triển đảng", RepoFiles.Plan.CleanedText);
        Assert.Contains("Đoàn kết đồng bào theo các tôn giáo", RepoFiles.Plan.CleanedText);
    }

    [Fact]
    public void EverySectionIsNfc()
    {
        Assert.All(RepoFiles.Plan.AllSections(), s =>
        {
            Assert.True(s.Text.IsNormalized(NormalizationForm.FormC), s.EId);
            Assert.True((s.Title ?? string.Empty).IsNormalized(NormalizationForm.FormC), s.EId);
        });
    }

    [Fact]
    public void OldAndNewToneMarkPlacementsAreKeptAsWritten()
    {
        // Quotes must be word for word: cleaning never rewrites "hoá" to "hóa"; search will make them equal.
        Assert.Contains("đa dạng hoá hình thức", RepoFiles.Plan.CleanedText);
        Assert.Contains("trí thức hóa công nhân", RepoFiles.Plan.CleanedText);
        Assert.Contains("khoá XII", RepoFiles.Plan.CleanedText);
    }
}
