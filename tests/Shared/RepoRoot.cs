namespace HauGiang.LegalKb.Tests.Shared;

/// <summary>The repository's root folder (the one holding the solution), found from the test binaries upwards.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> s_path = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HauGiang.LegalKb.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The root folder.</summary>
    public static string Path => s_path.Value;

    /// <summary>The bundled corpus.</summary>
    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
}
