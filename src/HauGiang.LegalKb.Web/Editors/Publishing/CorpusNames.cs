using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Corpus.Ids;
using HauGiang.LegalKb.Core.Text;
using HauGiang.LegalKb.Web.Editors.Drafts;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>
/// The name a draft takes in the corpus: <c>sources/</c> + its own name made safe ("Kế hoạch 9901.docx" →
/// "ke-hoach-9901.docx"), never a name a file, a sidecar or the id ledger already knows (a withdrawn document's old
/// name would give its id back). A replacement takes the name of the text it replaces, with its own extension.
/// </summary>
public static class CorpusNames
{
    /// <summary>The folder sources are written to, under the corpus.</summary>
    public const string SourcesFolder = "sources";

    /// <summary>The corpus path ("sources/x.docx") <paramref name="draft"/> would be published under now.</summary>
    public static string Plan(string corpusRoot, Draft draft, IdLedger ledger, string? replacedSource)
    {
        if (replacedSource is not null)
        {
            var folder = Path.GetDirectoryName(replacedSource)?.Replace('\\', '/') ?? SourcesFolder;
            var sameName = $"{folder}/{Path.GetFileNameWithoutExtension(replacedSource)}{draft.Extension}";
            if (sameName == replacedSource || !Taken(corpusRoot, sameName, ledger))
            {
                return sameName;
            }
        }

        var stem = VietnameseText.Slugify(Path.GetFileNameWithoutExtension(draft.OriginalName));
        stem = stem.Length == 0 ? "van-ban" : stem[..Math.Min(stem.Length, 80)].TrimEnd('-');
        var path = $"{SourcesFolder}/{stem}{draft.Extension}";
        for (var n = 2; Taken(corpusRoot, path, ledger); n++)
        {
            path = $"{SourcesFolder}/{stem}-{n}{draft.Extension}";
        }

        return path;
    }

    private static bool Taken(string corpusRoot, string path, IdLedger ledger)
    {
        var full = Path.Combine(corpusRoot, path);
        var key = DocumentKeys.SourceKey(path);
        return File.Exists(full) || File.Exists(CorpusFiles.SidecarOf(full)) || ledger.Entries.Any(e => e.Keys.Contains(key));
    }
}
