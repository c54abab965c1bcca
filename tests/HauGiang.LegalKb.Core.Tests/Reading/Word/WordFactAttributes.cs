using HauGiang.LegalKb.Core.Reading.Word;

namespace HauGiang.LegalKb.Core.Tests.Reading.Word;

/// <summary>Where the tests find LibreOffice and the real-docs development set; without them the tests say why they were skipped.</summary>
internal static class WordTestResources
{
    public const string NoLibreOffice = "LibreOffice (soffice) not found: install the Debian package libreoffice-writer-nogui";

    /// <summary>The real documents, read in place (never copied into the repository): ../shared/real-docs/sources beside the clone.</summary>
    public static string RealDocs =>
        Environment.GetEnvironmentVariable("LEGALKB_REAL_DOCS")
        ?? Path.GetFullPath(Path.Combine(HauGiang.LegalKb.Tests.Shared.RepoRoot.Path, "..", "shared", "real-docs", "sources"));

    public static string? SkipReason(bool realDocs, bool libreOffice) =>
        realDocs && !Directory.Exists(RealDocs) ? $"real-docs not found at {RealDocs}"
        : libreOffice && LibreOfficeConverter.FindExecutable() is null ? NoLibreOffice
        : null;
}

/// <summary>A test that runs LibreOffice: skipped, with the package to install, when soffice is absent.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute() => Skip = WordTestResources.SkipReason(realDocs: false, libreOffice: true);
}

/// <summary>A test on the real-docs development set: skipped with "real-docs not found at …" when it is absent.</summary>
public sealed class RealDocsFactAttribute : FactAttribute
{
    public RealDocsFactAttribute(bool needsLibreOffice = false) => Skip = WordTestResources.SkipReason(realDocs: true, needsLibreOffice);
}

/// <summary>A data-driven test on the real-docs development set, skipped like <see cref="RealDocsFactAttribute"/>.</summary>
public sealed class RealDocsTheoryAttribute : TheoryAttribute
{
    public RealDocsTheoryAttribute(bool needsLibreOffice = false) => Skip = WordTestResources.SkipReason(realDocs: true, needsLibreOffice);
}
