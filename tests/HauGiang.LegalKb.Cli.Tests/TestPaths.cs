namespace HauGiang.LegalKb.Cli.Tests;

internal static class TestPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HauGiang.LegalKb.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    });

    public static string Corpus => Path.Combine(s_root.Value, "corpus");

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "legalkb-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A copy of the real corpus that a test may change.</summary>
    public static string CopyOfCorpus()
    {
        var target = NewTempFolder();
        foreach (var file in Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
