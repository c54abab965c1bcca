using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>What a document's own header says, and where its preamble begins.</summary>
/// <param name="Facts">Issuer, number, place, date, type and title as the header prints them.</param>
/// <param name="EndIndex">The index of the first paragraph after the header (the preamble's first paragraph).</param>
public sealed record DocumentHeader(DocumentMetadata Facts, int EndIndex)
{
    /// <summary>
    /// True when the header has a place-and-date line, even one left blank in a draft: then no other date in the text
    /// stands in for it.
    /// </summary>
    public bool DateLineSeen { get; init; }

    /// <summary>
    /// When the number was written but could not be read (a handwritten ordinal in a scan), the rest of it:
    /// "/KH-TCTLNTW-C04". Null when the number was read, left blank or not printed.
    /// </summary>
    public string? UnreadableNumberCode { get; init; }
}
