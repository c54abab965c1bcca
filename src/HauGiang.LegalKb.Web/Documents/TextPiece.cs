using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary>A run of a unit's text: plain, or the words of a citation.</summary>
/// <param name="Text">The characters, exactly as in the text.</param>
/// <param name="Citation">The citation these words are, if any.</param>
public sealed record TextPiece(string Text, Citation? Citation);
