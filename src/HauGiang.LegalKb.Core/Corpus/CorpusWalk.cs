using System.Globalization;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// Walks a corpus folder: every file under it once, in a stable order, hidden files and folders left out. Nothing
/// outside the folder is ever read: a link to a folder is not followed (in or out of the corpus, it would visit files
/// twice or loop), a link to a file is followed only when its real target lies inside the folder, and each real file
/// is visited once. Past <see cref="MaxFiles"/> files the walk stops and says so.
/// </summary>
public sealed class CorpusWalk
{
    /// <summary>The most files a corpus folder may hold: far more than a province's documents, far fewer than a disk's.</summary>
    public const int MaxFiles = 50_000;

    private readonly string _root;
    private readonly string _realRoot;
    private readonly int _maxFiles;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public CorpusWalk(string root, int maxFiles = MaxFiles)
    {
        _root = Path.GetFullPath(root);
        _realRoot = RealPath(_root) ?? _root;
        _maxFiles = maxFiles;
    }

    /// <summary>The files to read (full path, path under the root with '/' separators).</summary>
    public List<(string FullPath, string RelativePath)> Files { get; } = [];

    /// <summary>What was left out and why, as report lines (path, Vietnamese reason).</summary>
    public List<(string Path, string Reason)> Refused { get; } = [];

    /// <summary>Set when the walk stopped at <see cref="MaxFiles"/>.</summary>
    public string? CapReached { get; private set; }

    public CorpusWalk Run()
    {
        Walk(_root);
        return this;
    }

    private void Walk(string folder)
    {
        string[] files;
        string[] folders;
        try
        {
            files = [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)];
            folders = [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            if (CapReached is not null)
            {
                return;
            }

            Visit(file);
        }

        foreach (var sub in folders.Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                Refused.Add((Relative(sub), CorpusMessages.FolderLink));
                continue;
            }

            Walk(sub);
        }
    }

    private void Visit(string file)
    {
        var relative = Relative(file);
        var real = new FileInfo(file).LinkTarget is null ? file : RealPath(file);
        if (real is not null && !IsInside(real))
        {
            Refused.Add((relative, CorpusMessages.LinkOutside));
            return;
        }

        // A link whose target is gone is still listed: reading it says why it cannot be opened.
        if (!_seen.Add(real ?? file))
        {
            Refused.Add((relative, CorpusMessages.SameFileTwice));
            return;
        }

        if (Files.Count >= _maxFiles)
        {
            CapReached = string.Format(CultureInfo.InvariantCulture, CorpusMessages.TooManyFiles, _maxFiles);
            return;
        }

        Files.Add((file, relative));
    }

    private bool IsInside(string real) =>
        real.StartsWith(_realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Only the platform's own separators become '/': on Linux a backslash is a letter of a file name, not a step up.
    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string? RealPath(string path)
    {
        try
        {
            var target = File.Exists(path) || new FileInfo(path).LinkTarget is not null
                ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path)
                : Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            return RealFolder(Path.GetDirectoryName(target)) is { } folder ? Path.Combine(folder, Path.GetFileName(target)) : target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The folder with every link on the way resolved, so that a link into a linked folder is judged by where it really is.
    private static string? RealFolder(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var parent = RealFolder(Path.GetDirectoryName(folder));
        var here = parent is null ? folder : Path.Combine(parent, Path.GetFileName(folder));
        return Directory.ResolveLinkTarget(here, returnFinalTarget: true)?.FullName ?? here;
    }
}
