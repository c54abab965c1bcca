using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Pipeline.Steps;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>
/// The frozen pipeline from a source file to a parsed document, in named steps: read (and decode) → clean → header →
/// structure → signature → facts; and the citation patterns the knowledge-base build extracts references with.
/// Built by <see cref="KbPipelineBuilder"/>; the CLI and the web service each build one at start-up and pass it on.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Parse"/> never throws on bad input.</remarks>
public sealed class KbPipeline
{
    internal KbPipeline(
        IReadOnlyList<ISourceReader> readers,
        IReadOnlyList<SectionRule> rules,
        IReadOnlyList<IMetadataSource> metadataSources,
        IReadOnlyList<CitationPattern> citationPatterns)
    {
        Readers = readers;
        Structure = new StructureParser(rules);
        MetadataSources = metadataSources;
        CitationPatterns = citationPatterns;
    }

    /// <summary>The default pipeline: every reader, rule, metadata source and citation pattern this library has.</summary>
    public static KbPipeline Default { get; } = new KbPipelineBuilder().Build();

    /// <summary>The source readers, tried in order.</summary>
    public IReadOnlyList<ISourceReader> Readers { get; }

    /// <summary>The structure parser with its rules.</summary>
    public StructureParser Structure { get; }

    /// <summary>Where facts come from, the first winning each field.</summary>
    public IReadOnlyList<IMetadataSource> MetadataSources { get; }

    /// <summary>The forms of reference recognised, in order (an earlier pattern wins words two patterns claim).</summary>
    public IReadOnlyList<CitationPattern> CitationPatterns { get; }

    /// <summary>True when some reader handles files with this extension.</summary>
    public bool CanRead(string extension) => Readers.Any(r => r.CanRead(extension));

    /// <summary>The largest file of this extension the pipeline reads, in bytes (0 when no reader takes it).</summary>
    public long MaxBytes(string extension) => Readers.FirstOrDefault(r => r.CanRead(extension))?.MaxBytes ?? 0;

    /// <summary>Parses one source file; a slow read is looked up in and kept in <paramref name="cache"/>, when given.</summary>
    public ParseResult Parse(SourceFile file, IReadCache? cache = null)
    {
        var read = ReadStep.Run(Readers, file, cache);
        if (!read.Success)
        {
            return ParseResult.Fail(read.Error);
        }

        var clean = CleanStep.Run(read.Text);
        if (clean.Paragraphs.Count == 0)
        {
            return ParseResult.Fail(ReadErrors.NoText);
        }

        var text = PlacedText.Of(clean.Paragraphs);
        var header = HeaderStep.Run(text);

        // A body joined into long paragraphs is read as its lines; the header's paragraphs keep their indices.
        text = PlacedText.Of(JoinedParagraphs.Split(text.Paragraphs, header.EndIndex));
        var sections = StructureStep.Run(Structure, text, header);
        var signature = SignatureStep.Run(sections, text);
        var evidence = new DocumentEvidence(file.Path, read.Text, clean, header, signature) { Corrections = file.Corrections };
        var (metadata, fromEditor) = MetadataStep.Run(MetadataSources, evidence);

        return ParseResult.Ok(new ParsedDocument(file.Path, read.Text, metadata, text.Text, sections, clean.RemovedParagraphs, read.Warnings)
        {
            FromEditor = fromEditor,
        });
    }

    /// <summary>An extractor of references with this pipeline's patterns, knowing the catalogue's names of documents.</summary>
    public CitationExtractor CitationExtractor(IEnumerable<string>? knownNames = null) => new(CitationPatterns, knownNames);
}
