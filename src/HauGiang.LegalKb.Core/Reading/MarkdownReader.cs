using HauGiang.LegalKb.Core.Reading.Markdown;
using Markdig;
using Markdig.Syntax;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>
/// Reads Markdown documents (CommonMark with YAML front matter and pipe tables) as plain-text paragraphs.
/// </summary>
/// <remarks>
/// Front matter "key: value" lines become <see cref="SourceText.Metadata"/> (keys as written, surrounding quotes
/// removed; nested YAML is ignored). Headings keep their level. Paragraph text loses its markup: emphasis is
/// stripped, links give their text, inline code its content, inline HTML is dropped (and with it the content of
/// inline scripts and styles); soft line breaks become spaces, hard line breaks split paragraphs. List items start
/// with their marker as written for ordered lists ("2." or "2)") and with "- " for bullets, so the structure parser
/// sees "2. Mục tiêu cụ thể" as the author typed it. Code blocks give one paragraph per non-blank line, pipe tables
/// one paragraph per row with cells joined by " | ", HTML blocks only their text.
/// Stateless and thread-safe; never throws on bad input.
/// This class is the entry point (decoding, and the fallback when Markdig refuses a document); the work on the tree
/// lives in the Markdown folder: <see cref="MarkdownBlockWalker"/> turns blocks into paragraphs,
/// <see cref="MarkdownInlineWriter"/> gives the plain text of inlines, <see cref="MarkdownFrontMatter"/> reads the
/// front matter, and <see cref="MarkdownParagraphs"/> collects the result.
/// </remarks>
public sealed class MarkdownReader : ISourceReader
{
    /// <summary>The warning given when Markdig refuses the document (nesting too deep) and it is read line by line.</summary>
    internal const string UnparsedWarning = "Markdown lồng nhau quá sâu, không phân tích được cấu trúc; tệp được đọc như văn bản thường.";

    // Pipelines are immutable once built and safe to share between threads.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    /// <inheritdoc />
    public bool CanRead(string extension) => extension is ".md" or ".markdown";

    /// <inheritdoc />
    /// <remarks>
    /// Fails with <see cref="ReadErrors.Empty"/> when no paragraph is left after the front matter; with the decoder's
    /// error when the bytes cannot be decoded.
    /// </remarks>
    public ReadResult Read(SourceFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes, null, out var error);
        if (decoded is null)
        {
            return ReadResult.Fail(error ?? ReadErrors.UnknownEncoding);
        }

        MarkdownDocument document;
        try
        {
            // Markdig's Markdown, not the Markdown folder's namespace.
            document = Markdig.Markdown.Parse(decoded.Text, s_pipeline);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Markdig throws when blocks nest past its depth limit; the words are still worth indexing.
            var lines = Paragraphs.FromLines(decoded.Text);
            return lines.Count == 0
                ? ReadResult.Fail(ReadErrors.Empty)
                : ReadResult.Ok(new SourceText("markdown", decoded.Encoding, lines, new Dictionary<string, string>()), [UnparsedWarning]);
        }

        var metadata = new Dictionary<string, string>();
        var output = new MarkdownParagraphs();
        MarkdownBlockWalker.WriteBlocks(document, output, metadata);
        return output.Items.Count == 0
            ? ReadResult.Fail(ReadErrors.Empty)
            : ReadResult.Ok(new SourceText("markdown", decoded.Encoding, output.Items, metadata));
    }
}
