using System.Security.Cryptography;
using System.Text.Json;

namespace HauGiang.LegalKb.Web.Editors.Drafts;

/// <summary>
/// Where uploads wait until published or discarded: a folder beside the index, never in the corpus. Each draft is two
/// files named by a generated id: its bytes (<c>ID.bin</c>) and what is known of it (<c>ID.json</c>).
/// </summary>
public sealed class Quarantine(EditorPaths paths)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly object _writing = new();

    /// <summary>Keeps <paramref name="bytes"/> as a new draft.</summary>
    public Draft Add(string originalName, string extension, byte[] bytes, string uploadedBy, string? replaces)
    {
        var draft = new Draft(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Path.GetFileName(originalName),
            extension,
            bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            uploadedBy,
            DateTime.UtcNow) { Replaces = replaces };
        Directory.CreateDirectory(paths.Quarantine);
        File.WriteAllBytes(BytesPath(draft.Id), bytes);
        Save(draft);
        return draft;
    }

    /// <summary>Every draft waiting, oldest first.</summary>
    public IReadOnlyList<Draft> List() => !Directory.Exists(paths.Quarantine)
        ? []
        : [.. Directory.GetFiles(paths.Quarantine, "*.json").Select(f => Find(Path.GetFileNameWithoutExtension(f))).OfType<Draft>().OrderBy(d => d.UploadedAt)];

    /// <summary>The draft <paramref name="id"/>, or null when there is none (or the id is not one we generate).</summary>
    public Draft? Find(string? id)
    {
        if (!Draft.IsId(id) || !File.Exists(MetaPath(id!)) || !File.Exists(BytesPath(id!)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Draft>(File.ReadAllText(MetaPath(id!)), s_json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>The draft's bytes.</summary>
    public byte[] Bytes(Draft draft) => File.ReadAllBytes(BytesPath(draft.Id));

    /// <summary>Where the draft's bytes are.</summary>
    public string BytesPath(string id) => Path.Combine(paths.Quarantine, id + ".bin");

    /// <summary>Writes what is known of the draft (its corrections, what it replaces).</summary>
    public void Save(Draft draft)
    {
        lock (_writing)
        {
            var temp = MetaPath(draft.Id) + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(draft, s_json));
            File.Move(temp, MetaPath(draft.Id), overwrite: true);
        }
    }

    /// <summary>Removes the draft (published or discarded).</summary>
    public void Remove(string id)
    {
        if (Draft.IsId(id))
        {
            File.Delete(MetaPath(id));
            File.Delete(BytesPath(id));
        }
    }

    private string MetaPath(string id) => Path.Combine(paths.Quarantine, id + ".json");
}
