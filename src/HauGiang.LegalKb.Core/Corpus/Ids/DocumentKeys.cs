using HauGiang.LegalKb.Core.Citations;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>
/// What recognises a document from one build to the next, strongest first: its source file ("source:sources/x.txt"),
/// its number with year and place when known ("number:100/KH-UBND@2024@hau-giang"), its name ("name:luật thực hiện
/// dân chủ ở cơ sở") or title.
/// </summary>
public static class DocumentKeys
{
    /// <summary>The keys of a document, strongest first.</summary>
    public static IReadOnlyList<string> Of(DocumentMetadata metadata, string? sourcePath, IEnumerable<string> names)
    {
        var keys = new List<string>();
        if (sourcePath is not null)
        {
            keys.Add(SourceKey(sourcePath));
        }

        if (metadata.Number is { } number)
        {
            var year = number.Year ?? metadata.IssuedOn?.Year;
            keys.Add($"{NumberPrefix}{number.Value}@{year}@{DocumentIds.PlaceOf(metadata)}");
        }

        // A number recognises a document well enough; names are for those without one ("Luật Thực hiện dân chủ ở cơ sở").
        if (metadata.Number is null)
        {
            keys.AddRange(CitedDocumentKey.NamesOf(metadata, names).Distinct(StringComparer.Ordinal).Select(n => "name:" + n));
            if (metadata.Title is { Length: > 0 } title)
            {
                keys.Add("title:" + CitedDocumentKey.Name(title));
            }
        }

        return keys;
    }

    internal const string NumberPrefix = "number:";

    /// <summary>The key of a source file ("source:sources/x.txt"), the strongest.</summary>
    public static string SourceKey(string sourcePath) => "source:" + sourcePath;

    /// <summary>How sure a key is.</summary>
    internal static KeyStrength StrengthOf(string key) =>
        key.StartsWith("source:", StringComparison.Ordinal) ? KeyStrength.Source
        : key.StartsWith(NumberPrefix, StringComparison.Ordinal) ? KeyStrength.Number
        : KeyStrength.Name;

    /// <summary>
    /// True when two number keys can name one document: the same number, and the same year and place where both know them
    /// (a reference-only record often learns its year or place only from a later passage).
    /// </summary>
    internal static bool SameNumber(string a, string b)
    {
        var x = a.Split('@');
        var y = b.Split('@');
        return x.Length == 3 && y.Length == 3 && x[0] == y[0] && Agree(x[1], y[1]) && Agree(x[2], y[2]);
    }

    /// <summary>The number part of a number key ("number:100/KH-UBND").</summary>
    internal static string NumberPart(string key) => key.Split('@')[0];

    private static bool Agree(string a, string b) => a.Length == 0 || b.Length == 0 || a == b;
}
