using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Reads a document's signature block ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name) and its
/// "Nơi nhận:" list, in either order, on one line or many, in a table or not, with the two columns interleaved.
/// </summary>
/// <remarks>
/// A block is capacity and office lines followed by a name; recipients, stamp notes ("(Đã ký)") and blank marks may
/// stand between them. A document can show blocks that are not its signature (a guide's examples): the signature is
/// the first block that closes the text — next to "Nơi nhận", after a sentence ending "./." or "thông qua ngày …",
/// or at the end — else the first block. The signer is the name alone, without rank. Pure; never throws.
/// </remarks>
public static partial class SignatureParser
{
    // How many parts may stand between a block's first line and its name (recipients interleaved with the signature).
    private const int MaxBlockParts = 40;

    /// <summary>Facts from the closing paragraphs: signer, signer's office, capacity lines and recipients.</summary>
    public static DocumentMetadata Parse(IReadOnlyList<string> closing)
    {
        var parts = Parts(closing, 0);
        return Facts(Choose(parts)) with { Recipients = Recipients(parts) };
    }

    /// <summary>
    /// Finds the signature anywhere in a document's paragraphs from <paramref name="from"/> on (for a text whose closing
    /// block was not recognised: a law signed after "thông qua ngày …", a signature moved by a converter).
    /// </summary>
    public static DocumentMetadata Find(IReadOnlyList<string> paragraphs, int from)
    {
        var parts = Parts(paragraphs, Math.Clamp(from, 0, paragraphs.Count));
        var block = Choose(parts);
        return block is null ? new DocumentMetadata() : Facts(block);
    }

    private static List<SignaturePart> Parts(IReadOnlyList<string> lines, int from)
    {
        var parts = new List<SignaturePart>();
        for (var i = from; i < lines.Count; i++)
        {
            foreach (var part in SignatureLines.Split(lines[i], i))
            {
                // A recipient wrapped onto the next line ("- Các Sở, ngành: Xây dựng, Công Thương," / "Tài chính, Thuế tỉnh;").
                var wrapped = part.Kind == SignaturePartKind.Other && parts.Count > 0 && parts[^1].Kind == SignaturePartKind.Recipient
                    && !parts[^1].Text.TrimEnd().EndsWith(';') && !parts[^1].Text.TrimEnd().EndsWith('.') && part.Text.Length <= 120;
                parts.Add(wrapped ? part with { Kind = SignaturePartKind.Continuation } : part);
            }
        }

        return parts;
    }

    private static SignatureBlock? Choose(List<SignaturePart> parts)
    {
        SignatureBlock? first = null;
        var i = 0;
        while (i < parts.Count)
        {
            if (parts[i].Kind is SignaturePartKind.Capacity or SignaturePartKind.Office && Block(parts, i) is { } block)
            {
                if (IsClosing(parts, block))
                {
                    return block;
                }

                first ??= block;
                i = block.NameIndex + 1;
                continue;
            }

            i++;
        }

        return first ?? BareName(parts);
    }

    // A scan's OCR may lose the capacity and office under the seal and keep only the name, last after the recipients:
    // the name alone, when nothing but recipients and noise stand between "Nơi nhận" and it, and nothing follows it.
    private static SignatureBlock? BareName(List<SignaturePart> parts)
    {
        var last = parts.FindLastIndex(p => p.Kind != SignaturePartKind.Noise);
        if (last < 1 || parts[last].Kind != SignaturePartKind.Name)
        {
            return null;
        }

        var i = last - 1;
        while (i >= 0 && parts[i].Kind is SignaturePartKind.Recipient or SignaturePartKind.Continuation or SignaturePartKind.Noise)
        {
            i--;
        }

        return i >= 0 && i < last - 1 && parts[i].Kind == SignaturePartKind.RecipientsHeading
            ? new SignatureBlock(last, last, parts[last].Text, [], [])
            : null;
    }

    private static SignatureBlock? Block(List<SignaturePart> parts, int start)
    {
        var capacity = new List<string>();
        var offices = new List<string>();
        for (var i = start; i < parts.Count && i < start + MaxBlockParts; i++)
        {
            switch (parts[i].Kind)
            {
                case SignaturePartKind.Capacity:
                    capacity.Add(parts[i].Text);
                    break;
                case SignaturePartKind.Body when capacity.Count > 0 && offices.Count == 0:
                    // "KT. CHÁNH ÁN" / "TÒA ÁN NHÂN DÂN TỐI CAO": the body completes the capacity line above it.
                    capacity[^1] += " " + parts[i].Text;
                    break;
                case SignaturePartKind.Office:
                    offices.Add(parts[i].Text);
                    break;
                case SignaturePartKind.Name:
                    return new SignatureBlock(start, i, parts[i].Text, capacity, offices);
                case SignaturePartKind.Other:
                    return null;
            }
        }

        return null;
    }

    // The block ends the text: "Nơi nhận" next to it or inside it, a sentence that ends the body before it, or nothing after it.
    private static bool IsClosing(List<SignaturePart> parts, SignatureBlock block)
    {
        for (var i = block.Start; i <= block.NameIndex; i++)
        {
            if (parts[i].Kind == SignaturePartKind.RecipientsHeading)
            {
                return true;
            }
        }

        var after = block.NameIndex + 1;
        while (after < parts.Count && parts[after].Kind == SignaturePartKind.Noise)
        {
            after++;
        }

        if (after == parts.Count || parts[after].Kind == SignaturePartKind.RecipientsHeading)
        {
            return true;
        }

        var before = block.Start - 1;
        while (before >= 0 && parts[before].Kind is SignaturePartKind.Noise or SignaturePartKind.Recipient or SignaturePartKind.Continuation)
        {
            before--;
        }

        return before < 0 || parts[before].Kind == SignaturePartKind.RecipientsHeading
            || (parts[before].Kind == SignaturePartKind.Other && BodyEnd().IsMatch(parts[before].Text));
    }

    private static DocumentMetadata Facts(SignatureBlock? block)
    {
        if (block is null)
        {
            return new DocumentMetadata();
        }

        var capacity = block.Capacity.Select(c => c[..(c.IndexOf(' ') + 1)] + OrganCasing.FromUpperCase(c[(c.IndexOf(' ') + 1)..])).ToList();
        return new DocumentMetadata
        {
            Signer = block.Name,
            SignerTitle = block.Offices.Count > 0 ? OrganCasing.FromUpperCase(block.Offices[0]) : null,
            SigningCapacity = capacity,
        };
    }

    private static List<string> Recipients(List<SignaturePart> parts)
    {
        var recipients = new List<string>();
        var inRecipients = false;
        foreach (var part in parts)
        {
            if (part.Kind == SignaturePartKind.RecipientsHeading)
            {
                inRecipients = true;
            }
            else if (part.Kind == SignaturePartKind.Recipient && inRecipients)
            {
                recipients.Add(part.Text);
            }
            else if (part.Kind == SignaturePartKind.Continuation && inRecipients && recipients.Count > 0)
            {
                recipients[^1] += " " + part.Text;
            }
            else if (part.Kind == SignaturePartKind.Other)
            {
                inRecipients = false;
            }
        }

        return recipients.Select(r => r.TrimEnd(';', '.', ',', ' ')).ToList();
    }

    // The body's last sentence: "… thi hành Quyết định này./.", "… thông qua ngày 25 tháng 6 năm 2025."
    [GeneratedRegex(@"(?:\./\.?|/\.)\s*$|thông qua ngày", RegexOptions.IgnoreCase)]
    private static partial Regex BodyEnd();

    private sealed record SignatureBlock(int Start, int NameIndex, string Name, IReadOnlyList<string> Capacity, IReadOnlyList<string> Offices);
}
