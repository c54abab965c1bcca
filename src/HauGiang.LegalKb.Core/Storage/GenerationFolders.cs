namespace HauGiang.LegalKb.Core.Storage;

/// <summary>
/// Housekeeping of an index folder: its generations newest first, a damaged one set aside, old ones removed, and what
/// killed builds left behind (staging folders, temporary files) cleaned at once — a folder a running build holds is
/// locked, so only abandoned ones go.
/// </summary>
internal static class GenerationFolders
{
    public const string GenerationPrefix = "gen-";
    public const string StagingPrefix = ".staging-";
    public const string DamagedPrefix = "damaged-";
    public const string LockSuffix = ".lock";

    /// <summary>Every generation folder, newest first.</summary>
    public static IReadOnlyList<string> Generations(string directory) =>
        System.IO.Directory.Exists(directory)
            ? [.. System.IO.Directory.GetDirectories(directory, GenerationPrefix + "*").OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)]
            : [];

    /// <summary>Renames a damaged generation out of the way (kept for whoever looks into it); false when it cannot be moved.</summary>
    public static bool SetAside(string generation)
    {
        var target = Path.Combine(Path.GetDirectoryName(generation)!, DamagedPrefix + Path.GetFileName(generation));
        try
        {
            TryDelete(target);
            System.IO.Directory.Move(generation, target);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Keeps the current generation and the <paramref name="keep"/> − 1 newest others; drops older set-aside ones too.</summary>
    public static void RemoveOld(string directory, string? current, int keep)
    {
        foreach (var folder in Generations(directory).Where(d => d != current).Skip(keep - 1))
        {
            TryDelete(folder);
        }

        foreach (var damaged in System.IO.Directory.GetDirectories(directory, DamagedPrefix + "*").OrderByDescending(d => d, StringComparer.Ordinal).Skip(1))
        {
            TryDelete(damaged);
        }
    }

    /// <summary>Removes staging folders and temporary files no running build holds (left by killed builds).</summary>
    public static void CleanAbandoned(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (var staging in System.IO.Directory.GetDirectories(directory, StagingPrefix + "*").Where(IsAbandoned))
        {
            TryDelete(staging);
        }

        foreach (var lockFile in System.IO.Directory.GetFiles(directory, StagingPrefix + "*" + LockSuffix))
        {
            if (!System.IO.Directory.Exists(lockFile[..^LockSuffix.Length]) && IsAbandoned(lockFile[..^LockSuffix.Length]))
            {
                TryDeleteFile(lockFile);
            }
        }

        // A pointer is written and renamed at once: one older than a minute was left by a killed build.
        foreach (var temp in System.IO.Directory.GetFiles(directory, ".CURRENT.*").Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddMinutes(-1)))
        {
            TryDeleteFile(temp);
        }
    }

    /// <summary>
    /// Holds <paramref name="staging"/> for this build until disposed, through a lock file beside it (not in it: the
    /// folder becomes the generation): other builds see it is in use.
    /// </summary>
    public static FileStream Hold(string staging) =>
        new(staging + LockSuffix, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    // A staging folder whose lock can be taken belongs to no running build (.NET locks files it opens unshared).
    private static bool IsAbandoned(string staging)
    {
        try
        {
            using var probe = new FileStream(staging + LockSuffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A reader may still hold it open; the next build tries again.
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build is writing it; it renames or deletes it itself.
        }
    }
}
