using System.Security.Cryptography;
using System.Text.Json;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>
/// The read cache in a folder of the index (<c>.read-cache/</c>): one JSON file per slow read, named by the hash of the
/// file's bytes, the reader and this build of the program (a new build reads afresh: its readers may read better).
/// At most <see cref="MaxEntries"/> files are kept, the least recently used leaving first.
/// </summary>
/// <remarks>Never throws: a cache that cannot be read or written is not used.</remarks>
public sealed class ReadCacheFolder : IReadCache
{
    /// <summary>The folder's name inside the index folder.</summary>
    public const string FolderName = ".read-cache";

    /// <summary>The most reads kept.</summary>
    public const int MaxEntries = 2000;

    private static readonly string s_build = typeof(ISourceReader).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private readonly string _folder;

    /// <summary>A cache in <paramref name="indexDirectory"/>/.read-cache.</summary>
    public ReadCacheFolder(string indexDirectory) => _folder = Path.Combine(indexDirectory, FolderName);

    /// <inheritdoc />
    public ReadResult? Find(SourceFile file, ISourceReader reader)
    {
        var path = PathOf(file, reader);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = File.OpenRead(path);
            var entry = JsonSerializer.Deserialize<Entry>(stream, SnapshotJson.Options);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return entry is null ? null : ReadResult.Ok(entry.Text, entry.Warnings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Keep(SourceFile file, ISourceReader reader, ReadResult result)
    {
        if (!result.Success)
        {
            return;
        }

        var path = PathOf(file, reader);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(_folder);
            using (var stream = File.Create(temp))
            {
                JsonSerializer.Serialize(stream, new Entry(result.Text, result.Warnings), SnapshotJson.Options);
            }

            File.Move(temp, path, overwrite: true);
            Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
        }
    }

    private string PathOf(SourceFile file, ISourceReader reader)
    {
        var hash = Convert.ToHexString(SHA256.HashData(file.Bytes))[..32].ToLowerInvariant();
        return Path.Combine(_folder, $"{hash}-{reader.GetType().Name}-{s_build}.json");
    }

    private void Trim()
    {
        var entries = new DirectoryInfo(_folder).GetFiles("*.json");
        foreach (var old in entries.OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxEntries))
        {
            TryDelete(old.FullName);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build may hold it; the next trim tries again.
        }
    }

    private sealed record Entry(SourceText Text, IReadOnlyList<string> Warnings);
}
