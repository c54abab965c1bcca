using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Corpus.Ids;

/// <summary>One id the corpus has given, with the keys that recognise its document and, once retired, why.</summary>
/// <param name="Id">The id, never given to another document.</param>
/// <param name="Keys">What recognises the document in a later build: its source file, its number and year, its name (<see cref="DocumentKeys"/>).</param>
/// <param name="Retired">Set once no document of the corpus answers to the id.</param>
public sealed record IdLedgerEntry(DocumentId Id, IReadOnlyList<string> Keys, RetiredDocument? Retired = null);
