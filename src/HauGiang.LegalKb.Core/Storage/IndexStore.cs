using System.Text.Json;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Storage.Format;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>
/// The index on disk. Each build writes a new generation folder, reads it back to check it, and only then points the
/// file <c>CURRENT</c> at it with an atomic rename: a truncated or half-written index never replaces a good one, and a
/// reader always sees one whole generation. The previous generation is kept for readers that still hold it.
/// </summary>
public sealed class IndexStore
{
    private const string CurrentFile = "CURRENT";
    private const string ManifestFile = "manifest.json";
    private const string DocumentsFile = "documents.json";
    private const string CitationsFile = "citations.json";
    private const string RetiredFile = "retired.json";
    private const string GenerationPrefix = "gen-";

    /// <summary>A store in <paramref name="directory"/> (created on first write).</summary>
    public IndexStore(string directory) => Directory = Path.GetFullPath(directory);

    /// <summary>The index folder.</summary>
    public string Directory { get; }

    /// <summary>The folder of the current generation, or null when no index has been written.</summary>
    public string? CurrentGeneration
    {
        get
        {
            var pointer = Path.Combine(Directory, CurrentFile);
            if (!File.Exists(pointer))
            {
                return null;
            }

            var name = File.ReadAllText(pointer).Trim();
            return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\')
                ? Path.Combine(Directory, name)
                : null;
        }
    }

    /// <summary>The manifest of the current index, or null when there is none or it cannot be read.</summary>
    public IndexManifest? ReadManifest()
    {
        try
        {
            var generation = CurrentGeneration;
            return generation is null ? null : ReadJson<IndexManifest>(Path.Combine(generation, ManifestFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or IndexCorruptException)
        {
            return null;
        }
    }

    /// <summary>Loads the current index.</summary>
    /// <exception cref="IndexCorruptException">There is no readable index.</exception>
    public KnowledgeBase Load()
    {
        var generation = CurrentGeneration ?? throw new IndexCorruptException($"Chưa có chỉ mục trong {Directory}.");
        try
        {
            return ReadKnowledgeBase(generation).ToKnowledgeBase();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new IndexCorruptException($"Chỉ mục trong {Directory} bị hỏng: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Writes a new generation and makes it current, atomically. <paramref name="writeMore"/> adds files to the new
    /// generation before it is checked and made current (the search index): it is current with the rest or not at all.
    /// </summary>
    public void Write(KnowledgeBase knowledgeBase, IndexManifest manifest, Action<string>? writeMore = null) =>
        Write(knowledgeBase, manifest, writeMore, beforeCheck: null);

    /// <summary>As <see cref="Write(KnowledgeBase, IndexManifest, Action{string})"/>; <paramref name="beforeCheck"/> lets tests damage the files written.</summary>
    internal void Write(KnowledgeBase knowledgeBase, IndexManifest manifest, Action<string>? writeMore, Action<string>? beforeCheck)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}"[..40];
        var staging = Path.Combine(Directory, $".staging-{name}");
        System.IO.Directory.CreateDirectory(staging);
        try
        {
            var stored = StoredKnowledgeBase.From(knowledgeBase);
            WriteJson(Path.Combine(staging, DocumentsFile), stored.Documents);
            WriteJson(Path.Combine(staging, CitationsFile), stored.Citations);
            WriteJson(Path.Combine(staging, RetiredFile), stored.Retired);
            writeMore?.Invoke(staging);
            WriteJson(Path.Combine(staging, ManifestFile), manifest);
            beforeCheck?.Invoke(staging);

            // Read back what was written: only a whole, readable generation may become current.
            var check = ReadKnowledgeBase(staging);
            _ = ReadJson<IndexManifest>(Path.Combine(staging, ManifestFile));
            if (check.Documents.Count != knowledgeBase.Documents.Count || check.Citations.Count != knowledgeBase.Citations.Count)
            {
                throw new IndexCorruptException("Chỉ mục vừa ghi không khớp khi đọc lại.");
            }

            var final = Path.Combine(Directory, name);
            System.IO.Directory.Move(staging, final);
            var pointerTemp = Path.Combine(Directory, $".{CurrentFile}.{Guid.NewGuid():N}");
            File.WriteAllText(pointerTemp, name);
            File.Move(pointerTemp, Path.Combine(Directory, CurrentFile), overwrite: true);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            TryDelete(staging);
            throw new IndexCorruptException($"Không ghi được chỉ mục vào {Directory}: {ex.Message}", ex);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        RemoveOldGenerations(keep: 2);
    }

    private static StoredKnowledgeBase ReadKnowledgeBase(string generation) => new(
        ReadJson<List<StoredDocument>>(Path.Combine(generation, DocumentsFile)),
        ReadJson<List<StoredCitation>>(Path.Combine(generation, CitationsFile)),
        ReadJson<List<StoredRetired>>(Path.Combine(generation, RetiredFile)));

    private void RemoveOldGenerations(int keep)
    {
        var current = CurrentGeneration;
        var old = System.IO.Directory.GetDirectories(Directory)
            .Where(d => Path.GetFileName(d).StartsWith(GenerationPrefix, StringComparison.Ordinal) && d != current)
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
            .Skip(keep - 1);
        foreach (var folder in old)
        {
            TryDelete(folder);
        }

        foreach (var staging in System.IO.Directory.GetDirectories(Directory, ".staging-*"))
        {
            // Left behind by a build that was killed; a running build's folder is younger than a minute.
            if (System.IO.Directory.GetCreationTimeUtc(staging) < DateTime.UtcNow.AddMinutes(-10))
            {
                TryDelete(staging);
            }
        }
    }

    private static void WriteJson<T>(string path, T value)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        JsonSerializer.Serialize(stream, value, SnapshotJson.Options);
        stream.Flush(flushToDisk: true);
    }

    private static T ReadJson<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, SnapshotJson.Options) ?? throw new IndexCorruptException($"Tệp chỉ mục rỗng: {path}");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A reader may still hold it open; the next build tries again.
        }
    }
}
