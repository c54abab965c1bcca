namespace HauGiang.LegalKb.Core.Tests.Specs;

/// <summary>
/// One example of a spec file: a source text and what the pipeline must make of it — its outline, its facts, its
/// citations (each block optional).
/// </summary>
/// <param name="File">The spec file ("Structure.md").</param>
/// <param name="Name">The example's heading.</param>
/// <param name="Line">Where the example starts in its file.</param>
/// <param name="SourceExtension">How the source is read: ".txt", ".md" or ".html".</param>
/// <param name="Source">The source text.</param>
/// <param name="Outline">The expected outline lines, or null when not checked.</param>
/// <param name="Facts">The expected facts lines, or null when not checked.</param>
/// <param name="Citations">The expected citation lines, or null when not checked.</param>
public sealed record SpecExample(
    string File,
    string Name,
    int Line,
    string SourceExtension,
    string Source,
    IReadOnlyList<string>? Outline,
    IReadOnlyList<string>? Facts,
    IReadOnlyList<string>? Citations)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Name}";
}
