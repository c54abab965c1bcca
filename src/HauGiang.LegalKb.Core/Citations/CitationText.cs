using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Citations;

/// <summary>A text being searched for references, with what patterns need beside it.</summary>
public sealed class CitationText
{
    private string? _comparable;

    internal CitationText(string value, IReadOnlyList<KnownName> knownNames)
    {
        Value = value;
        KnownNames = knownNames;
    }

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <summary>Names of documents the catalogue knows, longest first.</summary>
    public IReadOnlyList<KnownName> KnownNames { get; }

    /// <summary>The text with one tone placement, for comparing names (NFC keeps its length, so positions hold).</summary>
    public string Comparable => _comparable ??= CitedDocumentKey.ToneInsensitive(VietnameseText.Normalize(Value));
}
