namespace HauGiang.LegalKb.Accounts;

/// <summary>
/// Where the editor area keeps its files: a folder beside the index (<c>.index</c> → <c>.index-editors</c>), holding
/// the accounts database (<c>accounts.db</c>) and the quarantine of uploads not yet published. Beside the index, not
/// in it, so that deleting the index to rebuild it never deletes the accounts; never in the corpus.
/// </summary>
public static class EditorFolders
{
    /// <summary>The database's file name.</summary>
    public const string DatabaseFile = "accounts.db";

    /// <summary>The folder's default place for the index in <paramref name="indexFolder"/>.</summary>
    public static string Default(string indexFolder)
    {
        var full = Path.GetFullPath(indexFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, Path.GetFileName(full) + "-editors");
    }

    /// <summary>The SQLite connection string of the database in <paramref name="folder"/>.</summary>
    public static string ConnectionString(string folder) => $"Data Source={Path.Combine(folder, DatabaseFile)}";

    /// <summary>Where uploads wait until published or discarded.</summary>
    public static string Quarantine(string folder) => Path.Combine(folder, "quarantine");
}
