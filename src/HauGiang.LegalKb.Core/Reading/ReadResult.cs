using System.Diagnostics.CodeAnalysis;

namespace HauGiang.LegalKb.Core.Reading;

/// <summary>The outcome of reading one source: a <see cref="SourceText"/>, or the reason it cannot be read.</summary>
/// <remarks>Invariant: exactly one of <see cref="Text"/> and <see cref="Error"/> is set.</remarks>
public sealed record ReadResult
{
    private ReadResult(SourceText? text, string? error, IReadOnlyList<string> warnings)
    {
        Text = text;
        Error = error;
        Warnings = warnings;
    }

    /// <summary>The text read, when successful.</summary>
    public SourceText? Text { get; }

    /// <summary>Why the file was not read (Vietnamese, shown to users), when unsuccessful.</summary>
    public string? Error { get; }

    /// <summary>Problems that did not stop the read (shown to users in the index report).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when <see cref="Text"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Text is not null;

    /// <summary>A successful read.</summary>
    public static ReadResult Ok(SourceText text, IReadOnlyList<string>? warnings = null) => new(text, null, warnings ?? []);

    /// <summary>A failed read with a reason for the user.</summary>
    public static ReadResult Fail(string error) => new(null, error, []);
}
