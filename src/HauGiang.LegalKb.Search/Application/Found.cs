using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>
/// The answer to "show me X" that the CLI and the web give alike: the document or section, or what to tell the user
/// (<see cref="Message"/>, one Vietnamese wording for both front ends).
/// </summary>
public sealed record Found
{
    private Found(FoundKind kind)
    {
        Kind = kind;
    }

    /// <summary>What was found.</summary>
    public FoundKind Kind { get; }

    /// <summary>The document, or the section's document.</summary>
    public LegalDocument? Document { get; private init; }

    /// <summary>The section, for <see cref="FoundKind.Section"/>.</summary>
    public Section? Section { get; private init; }

    /// <summary>Where a retired id went, for <see cref="FoundKind.Moved"/> and <see cref="FoundKind.Gone"/>.</summary>
    public RetiredDocument? Retired { get; private init; }

    /// <summary>The documents sharing the number, for <see cref="FoundKind.Ambiguous"/>.</summary>
    public IReadOnlyList<LegalDocument> Candidates { get; private init; } = [];

    /// <summary>What to tell the user when nothing is shown (Vietnamese); null for a document or a section.</summary>
    public string? Message { get; private init; }

    internal static Found Of(LegalDocument document) => new(FoundKind.Document) { Document = document };

    internal static Found Of(Section section, LegalDocument document) => new(FoundKind.Section) { Document = document, Section = section };

    internal static Found Retirement(RetiredDocument retired) => retired.Successor is { } successor
        ? new(FoundKind.Moved) { Retired = retired, Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.Moved, retired.Id, successor) }
        : new(FoundKind.Gone) { Retired = retired, Message = $"{retired.Reason} (mã {retired.Id})" };

    internal static Found Ambiguity(string asked, IReadOnlyList<LegalDocument> candidates) => new(FoundKind.Ambiguous)
    {
        Candidates = candidates,
        Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, LookupMessages.Ambiguous, asked, candidates.Count, string.Join(", ", candidates.Select(c => c.Id))),
    };

    internal static Found Wrong(string message) => new(FoundKind.WrongKind) { Message = message };

    internal static Found Nothing(string message) => new(FoundKind.NotFound) { Message = message };
}
