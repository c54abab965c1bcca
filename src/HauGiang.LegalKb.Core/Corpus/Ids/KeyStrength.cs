namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>How surely a key recognises a document: its source file, then its number, then its name or title.</summary>
internal enum KeyStrength
{
    /// <summary>"source:sources/x.txt".</summary>
    Source,

    /// <summary>"number:100/KH-UBND@2024@hau-giang" (year and place when known).</summary>
    Number,

    /// <summary>"name:…", "title:…".</summary>
    Name,
}
