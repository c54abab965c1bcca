namespace HauGiang.LegalKb.Core.Reading;

/// <summary>What a reader makes of a source file: its paragraphs in order, plus metadata the format carries.</summary>
/// <param name="Format">"text", "html" or "markdown".</param>
/// <param name="Encoding">The encoding the bytes were read in: "utf-8", "utf-16le", "windows-1258" ….</param>
/// <param name="Paragraphs">Non-blank paragraphs in source order.</param>
/// <param name="Metadata">Raw metadata the format carries (Markdown front matter, HTML meta/title), keyed as written.</param>
public sealed record SourceText(
    string Format,
    string Encoding,
    IReadOnlyList<SourceParagraph> Paragraphs,
    IReadOnlyDictionary<string, string> Metadata);
