using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>Where the editor area keeps its files: the accounts database and the quarantine (never in the corpus).</summary>
public sealed class EditorPaths(IOptions<LegalKbOptions> options, IndexBuilds builds)
{
    private readonly Lazy<string> _folder = new(() => options.Value.EditorData is { Length: > 0 } named
        ? Path.GetFullPath(named)
        : EditorFolders.Default(builds.Lifecycle.Store.Directory));

    /// <summary>The folder.</summary>
    public string Folder => _folder.Value;

    /// <summary>The accounts database's connection string.</summary>
    public string Accounts => options.Value.Accounts is { Length: > 0 } named ? named : EditorFolders.ConnectionString(Folder);

    /// <summary>Where uploads wait, under generated names, until published or discarded.</summary>
    public string Quarantine => EditorFolders.Quarantine(Folder);
}
