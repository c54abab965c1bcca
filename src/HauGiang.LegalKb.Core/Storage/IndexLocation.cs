using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>
/// Where the corpus and the index are, the same way for the CLI and the web service: a folder named by the user
/// wins, then <c>$LEGALKB_CORPUS</c> / <c>$LEGALKB_INDEX</c>, then the nearest folder named <c>corpus</c> holding
/// catalogue.json (from the given start folders upwards), and <c>.index/</c> beside the corpus folder.
/// </summary>
public static class IndexLocation
{
    /// <summary>The environment variable naming the corpus folder.</summary>
    public const string CorpusVariable = "LEGALKB_CORPUS";

    /// <summary>The environment variable naming the index folder.</summary>
    public const string IndexVariable = "LEGALKB_INDEX";

    /// <summary>The default index folder's name, beside the corpus folder.</summary>
    public const string DefaultIndexFolderName = ".index";

    /// <summary>
    /// The corpus folder (absolute): <paramref name="named"/>, else $LEGALKB_CORPUS, else the nearest <c>corpus</c>
    /// folder holding catalogue.json from each of <paramref name="startFolders"/> upwards; null when none is found.
    /// A named folder is returned whether or not it exists.
    /// </summary>
    public static string? FindCorpus(string? named, params IEnumerable<string> startFolders)
    {
        named = string.IsNullOrWhiteSpace(named) ? Environment.GetEnvironmentVariable(CorpusVariable) : named;
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Path.GetFullPath(named);
        }

        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus");
                if (File.Exists(Path.Combine(candidate, Catalogue.FileName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The index folder (absolute): <paramref name="named"/>, else $LEGALKB_INDEX, else <c>.index/</c> beside
    /// <paramref name="corpus"/>; null when neither is known.
    /// </summary>
    public static string? IndexFolder(string? named, string? corpus)
    {
        named = string.IsNullOrWhiteSpace(named) ? Environment.GetEnvironmentVariable(IndexVariable) : named;
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Path.GetFullPath(named);
        }

        return corpus is null
            ? null
            : Path.Combine(Path.GetDirectoryName(corpus.TrimEnd(Path.DirectorySeparatorChar)) ?? corpus, DefaultIndexFolderName);
    }
}
