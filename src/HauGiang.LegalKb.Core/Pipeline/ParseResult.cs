using System.Diagnostics.CodeAnalysis;

namespace HauGiang.LegalKb.Core.Pipeline;

/// <summary>The outcome of parsing one source: a document, or the reason it was skipped.</summary>
/// <remarks>Invariant: exactly one of <see cref="Document"/> and <see cref="Error"/> is set.</remarks>
public sealed record ParseResult
{
    private ParseResult(ParsedDocument? document, string? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The parsed document.</summary>
    public ParsedDocument? Document { get; }

    /// <summary>Why the source was skipped, in Vietnamese.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Document is not null;

    /// <summary>A parsed document.</summary>
    public static ParseResult Ok(ParsedDocument document) => new(document, null);

    /// <summary>A skipped source.</summary>
    public static ParseResult Fail(string error) => new(null, error);
}
