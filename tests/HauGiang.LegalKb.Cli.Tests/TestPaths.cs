namespace HauGiang.LegalKb.Cli.Tests;

internal static class TestPaths
{
    public static string Corpus => HauGiang.LegalKb.Tests.Shared.RepoRoot.Corpus;

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
