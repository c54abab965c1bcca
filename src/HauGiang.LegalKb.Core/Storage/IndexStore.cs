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
            return name.StartsWith(GenerationFolders.GenerationPrefix, StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\')
                ? Path.Combine(Directory, name)
                : null;
        }
    }

    /// <summary>The manifest of the current index, or null when there is none or it cannot be read.</summary>
    public IndexManifest? ReadManifest() => CurrentGeneration is { } generation ? ReadManifest(generation) : null;

    /// <summary>The manifest of <paramref name="generation"/>, or null when it cannot be read.</summary>
    public static IndexManifest? ReadManifest(string generation)
    {
        try
        {
            return ReadJson<IndexManifest>(Path.Combine(generation, ManifestFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or IndexCorruptException)
        {
            return null;
        }
    }

    /// <summary>Every generation folder on disk, newest first (the current one among them).</summary>
    public IReadOnlyList<string> Generations => GenerationFolders.Generations(Directory);

    /// <summary>
    /// Why <paramref name="generation"/> is damaged (Vietnamese), or null when every file is as written: sizes only, or
    /// sizes and SHA-256 (<paramref name="deep"/>).
    /// </summary>
    public static string? Damage(string generation, bool deep) => GenerationChecksums.Problem(generation, deep);

    /// <summary>Sets a damaged generation aside (renamed "damaged-…", kept for inspection); false when it cannot be moved.</summary>
    public static bool SetAside(string generation) => GenerationFolders.SetAside(generation);

    /// <summary>Loads the current index.</summary>
    /// <exception cref="IndexCorruptException">There is no readable index.</exception>
    public KnowledgeBase Load() => Load(CurrentGeneration ?? throw new IndexCorruptException($"Chưa có chỉ mục trong {Directory}."));

    /// <summary>Loads <paramref name="generation"/>, one of <see cref="Generations"/>.</summary>
    /// <exception cref="IndexCorruptException">It cannot be read.</exception>
    public KnowledgeBase Load(string generation)
    {
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
        GenerationFolders.CleanAbandoned(Directory);
        var name = $"{GenerationFolders.GenerationPrefix}{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}"[..40];
        var staging = Path.Combine(Directory, GenerationFolders.StagingPrefix + name);
        System.IO.Directory.CreateDirectory(staging);
        using var hold = GenerationFolders.Hold(staging);
        try
        {
            var stored = StoredKnowledgeBase.From(knowledgeBase);
            WriteJson(Path.Combine(staging, DocumentsFile), stored.Documents);
            WriteJson(Path.Combine(staging, CitationsFile), stored.Citations);
            WriteJson(Path.Combine(staging, RetiredFile), stored.Retired);
            writeMore?.Invoke(staging);
            WriteJson(Path.Combine(staging, ManifestFile), manifest);
            GenerationChecksums.Write(staging);
            beforeCheck?.Invoke(staging);

            // Read back what was written: only a whole, readable generation may become current.
            if (GenerationChecksums.Problem(staging, deep: true) is { } damage)
            {
                throw new IndexCorruptException($"Chỉ mục vừa ghi không khớp khi đọc lại: {damage}.");
            }

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
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            GenerationFolders.TryDelete(staging);
            throw new IndexCorruptException($"Không ghi được chỉ mục vào {Directory}: {ex.Message}", ex);
        }
        catch
        {
            GenerationFolders.TryDelete(staging);
            throw;
        }

        GenerationFolders.RemoveOld(Directory, CurrentGeneration, keep: 2);
    }

    private static StoredKnowledgeBase ReadKnowledgeBase(string generation) => new(
        ReadJson<List<StoredDocument>>(Path.Combine(generation, DocumentsFile)),
        ReadJson<List<StoredCitation>>(Path.Combine(generation, CitationsFile)),
        ReadJson<List<StoredRetired>>(Path.Combine(generation, RetiredFile)));

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
}
