using System.Security.Cryptography;
using System.Text.Json;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>
/// The size and SHA-256 of every file of a generation (checksums.json, written last), checked when the generation is
/// opened: a file truncated, emptied or edited by hand is damage, found before a search reads it.
/// </summary>
internal static class GenerationChecksums
{
    public const string FileName = "checksums.json";

    /// <summary>Records every file now in <paramref name="generation"/>.</summary>
    public static void Write(string generation)
    {
        var entries = Files(generation).ToDictionary(
            f => Relative(generation, f),
            f => new Entry(new FileInfo(f).Length, Hash(f)),
            StringComparer.Ordinal);
        using var stream = new FileStream(Path.Combine(generation, FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        JsonSerializer.Serialize(stream, entries, SnapshotJson.Options);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Why <paramref name="generation"/> is damaged (Vietnamese), or null when every file is as written. Without
    /// <paramref name="deep"/> only presence and sizes are compared (cheap enough for every poll of a live index).
    /// </summary>
    public static string? Problem(string generation, bool deep)
    {
        Dictionary<string, Entry>? entries;
        try
        {
            using var stream = File.OpenRead(Path.Combine(generation, FileName));
            entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(stream, SnapshotJson.Options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return $"không đọc được danh sách kiểm tra ({FileName}): {ex.Message}";
        }

        if (entries is null || entries.Count == 0)
        {
            return $"danh sách kiểm tra ({FileName}) rỗng";
        }

        foreach (var (relative, expected) in entries)
        {
            var path = Path.Combine(generation, relative);
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != expected.Length)
            {
                return $"tệp {relative} bị mất hoặc đổi kích thước";
            }

            if (deep && !string.Equals(Hash(path), expected.Sha256, StringComparison.Ordinal))
            {
                return $"tệp {relative} bị thay đổi";
            }
        }

        return null;
    }

    private static IEnumerable<string> Files(string generation) =>
        Directory.GetFiles(generation, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != FileName)
            .Order(StringComparer.Ordinal);

    private static string Relative(string generation, string path) => Path.GetRelativePath(generation, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string Hash(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private sealed record Entry(long Length, string Sha256);
}
