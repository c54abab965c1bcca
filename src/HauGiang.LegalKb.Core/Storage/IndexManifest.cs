using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Core.Storage;

/// <summary>What an index was built from, and when: enough to tell whether it is older than its corpus.</summary>
/// <param name="FormatVersion">The index format; an index of another version is rebuilt.</param>
/// <param name="BuiltAt">When the index was built.</param>
/// <param name="Corpus">The corpus folder and extra paths it was built from (absolute).</param>
/// <param name="Fingerprint">The corpus fingerprint at build time (see <see cref="CorpusFiles.Fingerprint"/>).</param>
/// <param name="Report">What the build read and skipped.</param>
public sealed record IndexManifest(int FormatVersion, DateTimeOffset BuiltAt, CorpusLocation Corpus, string Fingerprint, IndexReport Report)
{
    /// <summary>The format this code writes and reads.</summary>
    public const int CurrentFormatVersion = 10;
}
