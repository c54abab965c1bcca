using System.Text;
using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Citations.Patterns;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;
using HauGiang.LegalKb.Core.Structure.Rules;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Tests.Pipeline;

/// <summary>A new format is a reader, a new layout a rule, a new fact a metadata source, a new citation form a pattern: each registered from outside is used.</summary>
public sealed class KbPipelineBuilderTests
{
    // A fictional format: one paragraph per line, "§ " marking a unit.
    private const string Source = """
        KẾ HOẠCH
        THỬ NGHIỆM ĐỊNH DẠNG RIÊNG
        § Alpha mở đầu.
        Thực hiện Sổ tay số ST-9901 của Văn phòng hư cấu.
        § Beta kết thúc.
        """;

    [Fact]
    public void AReaderARuleASourceAndAPatternAddedFromOutsideAreUsed()
    {
        var pipeline = new KbPipelineBuilder()
            .UseReader(new SectionSignReader())
            .InsertRuleBefore<PointRule>(new SectionSignRule())
            .UseMetadataSourceFirst(new FixedTitle())
            .InsertPatternBefore<SelfReference>(new HandbookNumber())
            .Build();

        var parsed = pipeline.Parse(new SourceFile("so-tay.ssr", Encoding.UTF8.GetBytes(Source)));

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal("ssr", parsed.Document.Format);
        Assert.Equal("Tiêu đề do nguồn riêng cung cấp", parsed.Document.Metadata.Title);
        var units = parsed.Document.Sections.Where(s => s.Kind == SectionKind.Section).Select(s => s.Label).ToList();
        Assert.Equal(["Alpha", "Beta"], units);

        var kb = new KnowledgeBaseBuilder(pipeline).Build([parsed.Document], Catalogue.Empty).KnowledgeBase;
        var handbook = Assert.Single(kb.Citations, c => c.Name == "Sổ tay ST-9901");
        Assert.Equal("Sổ tay số ST-9901", handbook.Text);
        Assert.NotNull(handbook.TargetDocumentId);
    }

    [Fact]
    public void TheDefaultPipelineDoesNotKnowTheFictionalFormat()
    {
        var parsed = KbPipeline.Default.Parse(new SourceFile("so-tay.ssr", Encoding.UTF8.GetBytes(Source)));

        Assert.False(parsed.Success);
        Assert.Equal(ReadErrors.UnsupportedFormat, parsed.Error);
    }

    private sealed class SectionSignReader : ISourceReader
    {
        public bool CanRead(string extension) => extension == ".ssr";

        public ReadResult Read(SourceFile file) =>
            ReadResult.Ok(new SourceText("ssr", "utf-8", Paragraphs.FromLines(Encoding.UTF8.GetString(file.Bytes)), new Dictionary<string, string>()));
    }

    private sealed class SectionSignRule : SectionRule
    {
        public override HeadingMatch? TryMatch(StructureContext context, int index)
        {
            var text = context.Paragraphs[index].Text;
            if (!text.StartsWith("§ ", StringComparison.Ordinal))
            {
                return null;
            }

            var label = text[2..].Split(' ')[0];
            return new HeadingMatch(SectionKind.Section, label, null, SectionRanks.Section, BodyStart: -1, HeadingLength: text.Length);
        }
    }

    private sealed class FixedTitle : IMetadataSource
    {
        public DocumentMetadata Read(DocumentEvidence evidence) => new() { Title = "Tiêu đề do nguồn riêng cung cấp" };
    }

    private sealed class HandbookNumber : CitationPattern
    {
        public override IEnumerable<CitationMention> Find(CitationText text)
        {
            var at = text.Value.IndexOf("Sổ tay số ST-", StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = at + "Sổ tay số ST-9901".Length;
                yield return new CitationMention { Span = TextSpan.FromBounds(at, end), Text = text.Value[at..end], Name = "Sổ tay ST-9901" };
            }
        }
    }
}
