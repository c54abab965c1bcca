using HauGiang.LegalKb.Core.Metadata;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Structure;
using HauGiang.LegalKb.Core.Cleaning;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>
/// The frozen pipeline from a source file to a parsed document: reader → cleaner → header → structure → closing.
/// Built by <see cref="KbPipelineBuilder"/>; the indexer, the CLI and the web share one instance.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Parse"/> never throws on bad input.</remarks>
public sealed class KbPipeline
{
    internal KbPipeline(IReadOnlyList<ISourceReader> readers, StructureParser structure)
    {
        Readers = readers;
        Structure = structure;
    }

    /// <summary>The default pipeline: every reader and rule this library has.</summary>
    public static KbPipeline Default { get; } = new KbPipelineBuilder().Build();

    /// <summary>The source readers, tried in order.</summary>
    public IReadOnlyList<ISourceReader> Readers { get; }

    /// <summary>The structure parser with its rules.</summary>
    public StructureParser Structure { get; }

    /// <summary>True when some reader handles files with this extension.</summary>
    public bool CanRead(string extension) => Readers.Any(r => r.CanRead(extension));

    /// <summary>Parses one source file.</summary>
    public ParseResult Parse(SourceFile file)
    {
        var reader = Readers.FirstOrDefault(r => r.CanRead(file.Extension));
        if (reader is null)
        {
            return ParseResult.Fail(ReadErrors.UnsupportedFormat);
        }

        var read = reader.Read(file);
        if (!read.Success)
        {
            return ParseResult.Fail(read.Error);
        }

        var clean = SourceCleaner.Clean(read.Text.Paragraphs);
        if (clean.Paragraphs.Count == 0)
        {
            return ParseResult.Fail(ReadErrors.NoText);
        }

        var paragraphs = clean.Paragraphs;
        var offsets = new int[paragraphs.Count];
        var position = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            offsets[i] = position;
            position += paragraphs[i].Text.Length + 1;
        }

        var cleanedText = string.Join('\n', paragraphs.Select(p => p.Text));
        var header = DocumentHeaderParser.Parse(paragraphs);
        var sections = Structure.Parse(paragraphs, offsets, header.EndIndex);

        // The document's own words win over front matter, which wins over the site's header.
        var closingFacts = SignatureParser.Parse(ClosingParagraphs(sections, cleanedText));
        var metadata = header.Facts
            .Or(closingFacts)
            .Or(MetadataFields.FromPairs(read.Text.Metadata))
            .Or(clean.SiteFacts)
            .Or(new DocumentMetadata { Title = clean.SiteTitle });
        if (metadata.Type is null && metadata.Number is { } number)
        {
            metadata = metadata with { Type = DocumentType.FromCode(number.Code) };
        }

        return ParseResult.Ok(new ParsedDocument(
            file.Path, read.Text.Format, read.Text.Encoding, metadata, cleanedText, sections, clean.RemovedParagraphs, read.Warnings));
    }

    private static List<string> ClosingParagraphs(IReadOnlyList<SectionDraft> roots, string cleanedText)
    {
        var closing = roots.FirstOrDefault(r => r.Kind == SectionKind.Closing);
        return closing is null
            ? []
            : [.. TextSpan.FromBounds(closing.Start, closing.End).Slice(cleanedText).Split('\n')];
    }
}
