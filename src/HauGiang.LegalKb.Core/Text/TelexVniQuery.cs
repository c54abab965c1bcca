namespace HauGiang.LegalKb.Core.Text;

/// <summary>
/// A query read for Telex/VNI typed with the input method off (<see cref="TelexVni.ConvertQuery"/>).
/// </summary>
/// <param name="Text">The query with every converted word replaced and everything else exactly as typed.</param>
/// <param name="Words">How many whitespace-separated words hold a letter.</param>
/// <param name="Conversions">Each word converted, in order: as typed (without surrounding punctuation) and in Vietnamese.</param>
/// <param name="LooksLikeTelexOrVni">
/// True when at least one word carries unambiguous input-method keys (dd, aa, ee, uw, f, j, a VNI digit …).
/// </param>
public sealed record TelexVniQuery(string Text, int Words, IReadOnlyList<(string Typed, string Vietnamese)> Conversions, bool LooksLikeTelexOrVni)
{
    /// <summary>Share of the words that were converted, 0 to 1 (0 for a query without words).</summary>
    public double Score => Words == 0 ? 0 : (double)Conversions.Count / Words;
}
