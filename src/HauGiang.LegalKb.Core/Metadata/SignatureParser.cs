using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Reads the closing block of a document: "Nơi nhận:" with its "- …" lines, and the signature
/// ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name), in either order.
/// </summary>
/// <remarks>Pure; never throws.</remarks>
public static partial class SignatureParser
{
    /// <summary>Facts from the closing paragraphs: signer, signer's office, capacity lines and recipients.</summary>
    public static DocumentMetadata Parse(IReadOnlyList<string> closing)
    {
        var recipients = new List<string>();
        var capacity = new List<string>();
        string? signerTitle = null;
        string? signer = null;
        var inRecipients = false;

        foreach (var text in closing)
        {
            if (RecipientsHeading().IsMatch(text))
            {
                inRecipients = true;
                continue;
            }

            if (inRecipients && RecipientLine().Match(text) is { Success: true } recipient)
            {
                recipients.Add(recipient.Groups["who"].Value.TrimEnd(';', '.', ',', ' '));
                continue;
            }

            inRecipients = false;
            if (CapacityLine().Match(text) is { Success: true } cap)
            {
                capacity.Add($"{cap.Groups["mark"].Value.ToUpperInvariant().Replace("/", string.Empty, StringComparison.Ordinal)}. {OrganNames.FromUpperCase(cap.Groups["who"].Value)}");
            }
            else if (VietnameseText.IsUpperCaseLine(text) && text.Length <= 60 && (capacity.Count > 0 || signerTitle is null) && signer is null)
            {
                signerTitle = OrganNames.FromUpperCase(text);
            }
            else if ((capacity.Count > 0 || signerTitle is not null) && PersonName().IsMatch(text))
            {
                signer = text;
            }
        }

        return new DocumentMetadata
        {
            Signer = signer,
            SignerTitle = signer is null ? null : signerTitle,
            SigningCapacity = capacity,
            Recipients = recipients,
        };
    }

    [GeneratedRegex(@"^Nơi nhận\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    [GeneratedRegex(@"^[-–+•]\s*(?<who>.+)$")]
    private static partial Regex RecipientLine();

    // TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), also written T/M, K/T.
    [GeneratedRegex(@"^(?<mark>TM|KT|Q|TL|TUQ|T/M|K/T|T/L)\.?\s+(?<who>\p{Lu}[\p{Lu}\s.,-]+)$")]
    private static partial Regex CapacityLine();

    // Two to six capitalised words of letters only: "Trương Cảnh Tuyên".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$")]
    private static partial Regex PersonName();
}
