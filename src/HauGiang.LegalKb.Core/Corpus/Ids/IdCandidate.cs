using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>A document asking for its id: what recognises it, and what a new id is made from.</summary>
/// <param name="Keys">Its keys (<see cref="DocumentKeys"/>), strongest first.</param>
/// <param name="Metadata">Its facts (a new id comes from the number and year, else the title).</param>
/// <param name="FallbackName">A name for a document with neither (its file name).</param>
public sealed record IdCandidate(IReadOnlyList<string> Keys, DocumentMetadata Metadata, string FallbackName);
