using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Pipeline.MetadataSources;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Core.Corpus;

/// <summary>
/// The files a corpus folder consists of: its sources (every file under it but the catalogue, the id ledger, READMEs
/// and the editors' corrections beside a source, <c>x.pdf.facts.json</c>; hidden files and folders, such as the archive
/// of replaced sources <c>.archive/</c>, left out; nothing outside it, see <see cref="CorpusWalk"/>), the catalogue and
/// the id ledger; and its fingerprint.
/// </summary>
public static class CorpusFiles
{
    // Files in the corpus folder that are not sources.
    private static readonly HashSet<string> s_notSources = new(StringComparer.OrdinalIgnoreCase)
    {
        Catalogue.FileName, IdLedger.FileName, "README.md", "README.txt",
    };

    /// <summary>
    /// Every source file (full path, path shown to users), in a stable order, the named extra paths last; and what the
    /// walk refused (links out of the corpus, folder links, second names of a file) and whether it hit its file limit.
    /// </summary>
    public static CorpusListing Sources(CorpusLocation location, int maxFiles = CorpusWalk.MaxFiles) => Enumerate(location, forFingerprint: false, maxFiles);

    /// <summary>The folder replaced and withdrawn sources are kept in, under the corpus: hidden, so never walked.</summary>
    public const string ArchiveFolder = ".archive";

    /// <summary>The editor's corrections kept beside <paramref name="sourcePath"/> (its sidecar's path).</summary>
    public static string SidecarOf(string sourcePath) => sourcePath + EditorFacts.SidecarSuffix;

    /// <summary>True for an editor's corrections file (a sidecar), which is not a source.</summary>
    public static bool IsSidecar(string path) => path.EndsWith(EditorFacts.SidecarSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A fingerprint of every file the corpus consists of (paths, sizes, modification times): it changes whenever a
    /// source, an editor's corrections or the catalogue is added, removed or edited, so an index can tell it is older
    /// than its corpus. The id
    /// ledger is not part of it: the build writes the ledger itself.
    /// </summary>
    public static string Fingerprint(CorpusLocation location)
    {
        var builder = new StringBuilder();
        if (Directory.Exists(location.Root))
        {
            foreach (var (fullPath, displayPath) in Enumerate(location, forFingerprint: true).Files)
            {
                var info = new FileInfo(fullPath);
                if (!info.Exists)
                {
                    continue;
                }

                builder.Append(displayPath).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>The catalogue (empty when there is none), or why it could not be read.</summary>
    public static (Catalogue Catalogue, string? Error) ReadCatalogue(string root)
    {
        var (json, error) = ReadText(Path.Combine(root, Catalogue.FileName));
        if (json is null)
        {
            return (Catalogue.Empty, error);
        }

        var catalogue = Catalogue.Parse(json, out error);
        return (catalogue ?? Catalogue.Empty, error);
    }

    /// <summary>The id ledger (empty when there is none), or why it could not be read.</summary>
    public static (IdLedger Ledger, string? Error) ReadLedger(string root)
    {
        var (json, error) = ReadText(Path.Combine(root, IdLedger.FileName));
        if (json is null)
        {
            return (IdLedger.Empty, error);
        }

        var ledger = IdLedger.Parse(json, out error);
        return (ledger ?? IdLedger.Empty, error);
    }

    /// <summary>
    /// Writes the ledger when it differs from the file (atomically: a reader sees the old or the new file whole).
    /// Returns null when written or unchanged, else why it could not be written (a read-only corpus still serves).
    /// </summary>
    public static string? WriteLedger(string root, IdLedger ledger)
    {
        var path = Path.Combine(root, IdLedger.FileName);
        var json = ledger.ToJson();
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == json)
            {
                return null;
            }

            var temp = Path.Combine(root, $".{IdLedger.FileName}.{Guid.NewGuid():N}");
            File.WriteAllText(temp, json, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Format(CultureInfo.InvariantCulture, "Không ghi được sổ mã văn bản ({0}): {1}", IdLedger.FileName, ex.Message);
        }
    }

    private static (string? Text, string? Error) ReadText(string path)
    {
        if (!File.Exists(path))
        {
            return (null, null);
        }

        try
        {
            return (File.ReadAllText(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, string.Format(CultureInfo.InvariantCulture, ReadErrors.Unreadable, ex.Message));
        }
    }

    // The sources; for the fingerprint, the catalogue and the editors' corrections too.
    private static CorpusListing Enumerate(CorpusLocation location, bool forFingerprint, int maxFiles = CorpusWalk.MaxFiles)
    {
        var walk = new CorpusWalk(location.Root, maxFiles).Run();
        var files = new List<(string, string)>();
        foreach (var (file, relative) in walk.Files)
        {
            var isRootFile = !relative.Contains('/');
            if (!(isRootFile && s_notSources.Contains(relative) && !(forFingerprint && relative == Catalogue.FileName)))
            {
                files.Add((file, relative));
            }
        }

        var refused = new List<(string, string)>(walk.Refused);
        foreach (var extra in location.ExtraPaths)
        {
            if (Directory.Exists(extra))
            {
                // A folder named on the command line is walked by the corpus's rules, from itself.
                var named = new CorpusWalk(extra, maxFiles).Run();
                files.AddRange(named.Files.Select(f => (f.FullPath, Path.Combine(extra, f.RelativePath).Replace(Path.DirectorySeparatorChar, '/'))));
                refused.AddRange(named.Refused.Select(r => (Path.Combine(extra, r.Path), r.Reason)));
            }
            else
            {
                // A file named on the command line is read wherever it is: the user named it.
                files.Add((Path.GetFullPath(extra), extra));
            }
        }

        if (!forFingerprint)
        {
            files.RemoveAll(f => IsSidecar(f.Item2));
        }

        return new CorpusListing(files, refused, walk.CapReached);
    }
}
