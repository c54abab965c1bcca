using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>
/// The files one publication writes into the corpus, each step remembered so that a build that fails leaves the corpus
/// exactly as it was: new sources and corrections, sources moved to the archive (<c>.archive/</c>, hidden, never
/// walked, never deleted), and the id ledger.
/// </summary>
/// <remarks>Not thread-safe: used under <see cref="Hosting.IndexBuilds"/>' lock.</remarks>
public sealed class CorpusChange(string corpusRoot)
{
    private readonly Stack<Action> _undo = new();
    private readonly string _stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes a new file at <paramref name="relative"/> (never over an existing one).</summary>
    /// <exception cref="IOException">The file exists or cannot be written.</exception>
    public void Write(string relative, byte[] bytes)
    {
        var full = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bytes);
        }

        _undo.Push(() => File.Delete(full));
    }

    /// <summary>Moves <paramref name="relative"/> (and its corrections, if any) into the archive; returns its bytes' path there.</summary>
    public string Archive(string relative)
    {
        var archived = Path.Combine(corpusRoot, CorpusFiles.ArchiveFolder, _stamp, relative);
        Move(Full(relative), archived);
        if (File.Exists(CorpusFiles.SidecarOf(Full(relative))))
        {
            Move(CorpusFiles.SidecarOf(Full(relative)), CorpusFiles.SidecarOf(archived));
        }

        return archived;
    }

    /// <summary>Writes the id ledger; the old one comes back on <see cref="Undo"/>.</summary>
    /// <exception cref="IOException">The ledger cannot be written.</exception>
    public void WriteLedger(IdLedger ledger)
    {
        var path = Full(IdLedger.FileName);
        var before = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (CorpusFiles.WriteLedger(corpusRoot, ledger) is { } error)
        {
            throw new IOException(error);
        }

        _undo.Push(() =>
        {
            if (before is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllBytes(path, before);
            }
        });
    }

    /// <summary>Puts back everything this change did, last first.</summary>
    public void Undo()
    {
        while (_undo.TryPop(out var step))
        {
            step();
        }
    }

    private void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
        _undo.Push(() => File.Move(to, from));
    }

    private string Full(string relative) => Path.Combine(corpusRoot, relative);
}
