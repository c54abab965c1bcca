using System.Text;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Core.Tests.Structure;

/// <summary>
/// A generated code far longer than any real one (a fictional "Bộ luật" 99/2031/QH99): every article stays a unit of its
/// own past Điều 999, none is swallowed by the one before (issue 14: the rest of a long file stayed in Điều 999).
/// </summary>
public sealed class LongCodeTests
{
    [Fact]
    public void EveryArticleOfALongCodeIsAUnit()
    {
        const int articles = 2500;
        var text = new StringBuilder("QUỐC HỘI\nLuật số: 99/2031/QH99\nBỘ LUẬT\nThử nghiệm\nCăn cứ Hiến pháp;\n");
        for (var n = 1; n <= articles; n++)
        {
            text.Append($"Điều {n}. Điều thứ {n}\n1. Khoản một của Điều {n}.\n2. Khoản hai.\n");
        }

        var result = KbPipeline.Default.Parse(new SourceFile("bo-luat.txt", Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(result.Success, result.Error);
        var document = result.Document.ToDocument(DocumentId.Of("99-2031-qh99"));

        var found = document.Sections.Where(s => s.Kind == SectionKind.Article).ToList();
        Assert.Equal(articles, found.Count);
        Assert.Equal(Enumerable.Range(1, articles).Select(n => n.ToString()), found.Select(s => s.Label));
        Assert.All(found, a => Assert.Equal(["1", "2"], a.Children.Select(c => c.Label)));
    }
}
