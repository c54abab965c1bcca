namespace HauGiang.LegalKb.Core.Reading;

/// <summary>Bytes decoded to text: the text (NFC, Ð → Đ) and the name of the encoding that was detected.</summary>
public sealed record DecodedText(string Text, string Encoding);
