using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Reading.Pdf;
using HauGiang.LegalKb.Core.Structure;
using HauGiang.LegalKb.Core.Structure.Rules;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>
/// Assembles a <see cref="KbPipeline"/>. The constructor registers the default readers, section rules, metadata
/// sources and citation patterns in order; an extension adds its own relative to them (a new format is a reader, a
/// new layout a rule, a new citation form a pattern), then <see cref="Build"/> freezes the result.
/// </summary>
public sealed class KbPipelineBuilder
{
    /// <summary>A builder with the defaults.</summary>
    public KbPipelineBuilder()
    {
        Readers = [new PlainTextReader(), new HtmlReader(), new MarkdownReader(), new DocxReader(), new DocReader(), new PdfReader()];

        // Order matters: the closing and attachments first (they end units), then the named units
        // (Phần, Chương, Mục, Điều) before the bare numbered ones, whose meaning depends on what is open;
        // a source heading that nothing else recognises comes last.
        Rules =
        [
            new ClosingRule(),
            new AttachmentRule(),
            new PartRule(),
            new LetteredPartRule(),
            new ChapterRule(),
            new LegalSectionRule(),
            new ArticleRule(),
            new RomanPartRule(),
            new DecimalItemRule(),
            new NumberedItemRule(),
            new PointRule(),
            new SourceHeadingRule(),
        ];

        // An editor's corrections win over everything; then the document's own words win over front matter, which wins
        // over the site's header.
        MetadataSources = [new EditorFacts(), new HeaderFacts(), new SignatureFacts(), new TextDateFacts(), new FormatFacts(), new SiteFacts(), new FileNameFacts()];

        CitationPatterns = [.. Citations.CitationPatterns.Default];
    }

    /// <summary>The source readers, tried in order by extension.</summary>
    public List<ISourceReader> Readers { get; }

    /// <summary>The section rules, tried in order for each paragraph.</summary>
    public List<SectionRule> Rules { get; }

    /// <summary>Where facts come from, the first winning each field.</summary>
    public List<IMetadataSource> MetadataSources { get; }

    /// <summary>The forms of reference, tried in order.</summary>
    public List<CitationPattern> CitationPatterns { get; }

    /// <summary>Adds <paramref name="reader"/> before the others: it wins the extensions it shares with them.</summary>
    public KbPipelineBuilder UseReader(ISourceReader reader)
    {
        Readers.Insert(0, reader);
        return this;
    }

    /// <summary>Inserts <paramref name="rule"/> just before the first rule of type <typeparamref name="TOther"/> (at the end when there is none).</summary>
    public KbPipelineBuilder InsertRuleBefore<TOther>(SectionRule rule)
        where TOther : SectionRule => InsertBefore<SectionRule, TOther>(Rules, rule);

    /// <summary>Adds <paramref name="source"/> first: its facts win over every other source's.</summary>
    public KbPipelineBuilder UseMetadataSourceFirst(IMetadataSource source)
    {
        MetadataSources.Insert(0, source);
        return this;
    }

    /// <summary>Inserts <paramref name="pattern"/> just before the first pattern of type <typeparamref name="TOther"/> (at the end when there is none).</summary>
    public KbPipelineBuilder InsertPatternBefore<TOther>(CitationPattern pattern)
        where TOther : CitationPattern => InsertBefore<CitationPattern, TOther>(CitationPatterns, pattern);

    /// <summary>Freezes the pipeline.</summary>
    public KbPipeline Build() => new([.. Readers], [.. Rules], [.. MetadataSources], [.. CitationPatterns]);

    private KbPipelineBuilder InsertBefore<T, TOther>(List<T> list, T item)
        where TOther : T
    {
        var index = list.FindIndex(r => r is TOther);
        list.Insert(index < 0 ? list.Count : index, item);
        return this;
    }
}
