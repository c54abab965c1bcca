using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;
using HauGiang.LegalKb.Core.Structure.Rules;

namespace HauGiang.LegalKb.Core;

/// <summary>
/// Assembles a <see cref="KbPipeline"/>. The constructor registers the default readers and section rules in order;
/// an extension adds its own relative to them, then <see cref="Build"/> freezes the result.
/// </summary>
public sealed class KbPipelineBuilder
{
    /// <summary>A builder with the default readers and rules.</summary>
    public KbPipelineBuilder()
    {
        Readers = [new PlainTextReader(), new HtmlReader(), new MarkdownReader(), new Reading.Pdf.PdfReader()];

        // Order matters: the closing and attachments first (they end units), then the named units
        // (Phần, Chương, Mục, Điều) before the bare numbered ones, whose meaning depends on what is open;
        // a source heading that nothing else recognises comes last.
        Rules =
        [
            new ClosingRule(),
            new AttachmentRule(),
            new PartRule(),
            new ChapterRule(),
            new LegalSectionRule(),
            new ArticleRule(),
            new RomanPartRule(),
            new DecimalItemRule(),
            new NumberedItemRule(),
            new PointRule(),
            new SourceHeadingRule(),
        ];
    }

    /// <summary>The source readers, tried in order by extension.</summary>
    public List<ISourceReader> Readers { get; }

    /// <summary>The section rules, tried in order for each paragraph.</summary>
    public List<SectionRule> Rules { get; }

    /// <summary>Inserts <paramref name="rule"/> just before the first rule of type <typeparamref name="TOther"/>.</summary>
    public KbPipelineBuilder InsertRuleBefore<TOther>(SectionRule rule)
        where TOther : SectionRule
    {
        var index = Rules.FindIndex(r => r is TOther);
        Rules.Insert(index < 0 ? Rules.Count : index, rule);
        return this;
    }

    /// <summary>Freezes the pipeline.</summary>
    public KbPipeline Build() => new([.. Readers], new StructureParser([.. Rules]));
}
