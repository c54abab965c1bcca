using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// The issuing body from the lines of a header's issuer block (Nghị định 30/2020/NĐ-CP: the governing body above,
/// the issuing body below, in bold; Hướng dẫn 36-HD/VPTW for Party bodies).
/// </summary>
/// <remarks>
/// A line that starts with a body's head word (ỦY BAN, BỘ, SỞ, BAN, TỔ, VĂN PHÒNG, TỈNH ỦY …) starts a body; any other
/// line, or a line after one ending in "-" or "VÀ", continues it ("ỦY BAN NHÂN DÂN / TỈNH HẬU GIANG"). The issuer is
/// the last body. A unit named without its committee takes the committee's name ("BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN
/// PHÒNG" → Văn phòng Trung ương Đảng, "TỈNH ỦY X / BAN TUYÊN GIÁO" → Ban Tuyên giáo Tỉnh ủy X); a Sở or Ban under a
/// province's people's committee takes the province ("UBND TỈNH X / SỞ NỘI VỤ" → Sở Nội vụ tỉnh X); a ministry's
/// department is named alone. Pure; never throws.
/// </remarks>
internal static class IssuerName
{
    // Head words of bodies, folded (FoldedText), each followed by a space in the line.
    private static readonly string[] s_bodyStarts =
    [
        "UY BAN", "UBND", "HDND", "UBMTTQ", "HOI DONG", "BO", "SO", "CUC", "CHI CUC", "TONG CUC", "VU", "VIEN", "TOA AN",
        "BAN", "TO", "DOAN", "VAN PHONG", "CHINH PHU", "QUOC HOI", "THU TUONG", "CHU TICH", "TINH UY", "THANH UY",
        "HUYEN UY", "QUAN UY", "THI UY", "DANG UY", "DANG BO", "DANG DOAN", "CHI BO", "DAI HOI", "MAT TRAN", "HOI",
        "LIEN DOAN", "LIEN HIEP", "HIEP HOI", "TRUONG", "HOC VIEN", "DAI HOC", "BENH VIEN", "CONG AN", "KIEM TOAN",
        "NGAN HANG", "BAO HIEM", "TAP DOAN", "TONG CONG TY", "CONG TY", "TRUNG TAM", "PHONG", "THANH TRA", "DAI", "BAO",
        "KHO BAC", "CHI NHANH", "THUONG TRUC", "TAND", "VKSND", "HAI QUAN", "QUAN KHU", "CANH SAT", "THUE", "NHA XUAT BAN",
    ];

    // Words that tie a body to a place or a committee: a unit with one of them is named in full already.
    private static readonly string[] s_placeWords =
    [
        "TINH", "THANH PHO", "HUYEN", "QUAN", "XA", "PHUONG", "THI XA", "THI TRAN", "TRUNG UONG", "QUOC HOI", "CHINH PHU",
        "DANG UY", "BO", "DAC KHU",
    ];

    private static readonly (string Abbreviation, string Full)[] s_abbreviations =
    [
        ("UBND", "ỦY BAN NHÂN DÂN"), ("HĐND", "HỘI ĐỒNG NHÂN DÂN"), ("UBMTTQ", "ỦY BAN MẶT TRẬN TỔ QUỐC"), ("TP.", "THÀNH PHỐ"),
    ];

    /// <summary>The issuer named by the block's lines (in capitals, in reading order); null when they name none.</summary>
    public static string? FromHeaderLines(IReadOnlyList<string> lines)
    {
        var bodies = Bodies(lines);
        if (bodies.Count == 0)
        {
            return null;
        }

        var child = bodies[^1];
        return bodies.Count == 1 ? OrganCasing.FromUpperCase(child) : Compose(bodies[^2], child);
    }

    /// <summary>
    /// The issuer, with what the signature's "TM." lines add: the body a header leaves out, or the Party body a header
    /// prints only as "BAN CHẤP HÀNH TRUNG ƯƠNG" (Bộ Chính trị, Ban Bí thư sign "T/M").
    /// </summary>
    public static string? FromCapacity(string? headerIssuer, IReadOnlyList<string> capacity)
    {
        var bodies = capacity.Where(c => c.StartsWith("TM. ", StringComparison.Ordinal)).Select(c => c[4..]).ToList();
        if (headerIssuer == "Ban Chấp hành Trung ương")
        {
            return bodies.FirstOrDefault(b => b is "Bộ Chính trị" or "Ban Bí thư") ?? headerIssuer;
        }

        string[] national = ["Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"];
        return headerIssuer ?? bodies.FirstOrDefault(b => national.Contains(b));
    }

    private static List<string> Bodies(IReadOnlyList<string> lines)
    {
        var bodies = new List<string>();
        var joinNext = false;
        foreach (var raw in lines)
        {
            var line = Expand(VietnameseText.TrimSpaces(raw.Trim('*', ' ', '|')));
            if (line.Length == 0)
            {
                continue;
            }

            if (bodies.Count > 0 && (joinNext || !StartsBody(line) || line.StartsWith('-') || line.StartsWith('–')))
            {
                bodies[^1] = VietnameseText.TrimSpaces(bodies[^1] + " " + line);
            }
            else
            {
                bodies.Add(line);
            }

            var folded = FoldedText.Of(line);
            joinNext = line.EndsWith('-') || line.EndsWith('–') || line.EndsWith(',') || folded.EndsWith(" VA", StringComparison.Ordinal)
                || folded.EndsWith(" VE", StringComparison.Ordinal) || folded.EndsWith(" CUA", StringComparison.Ordinal);
        }

        // The Công báo prints the issuer once more above the header; a site or converter may leave a line that names no body.
        for (var i = bodies.Count - 1; i > 0; i--)
        {
            if (bodies[i] == bodies[i - 1])
            {
                bodies.RemoveAt(i);
            }
        }

        while (bodies.Count > 1 && !StartsBody(bodies[0]))
        {
            bodies.RemoveAt(0);
        }

        return bodies;
    }

    private static string Compose(string parent, string child)
    {
        var childName = OrganCasing.FromUpperCase(child);
        var foldedChild = FoldedText.Of(child);
        var foldedParent = FoldedText.Of(parent);
        var namedInFull = s_placeWords.Any(w => ContainsWord(foldedChild, w));
        if (PartyCommittee(parent, foldedParent) is { } committee && !namedInFull)
        {
            if (committee == "Trung ương")
            {
                return foldedChild == "VAN PHONG" ? "Văn phòng Trung ương Đảng" : childName + " Trung ương";
            }

            return childName + " " + committee;
        }

        if (foldedChild == "VAN PHONG")
        {
            return "Văn phòng " + OrganCasing.FromUpperCase(parent);
        }

        var locality = foldedParent.StartsWith("UY BAN NHAN DAN ", StringComparison.Ordinal) ? parent["ỦY BAN NHÂN DÂN ".Length..] : null;
        if (locality is not null && !namedInFull && (foldedChild.StartsWith("SO ", StringComparison.Ordinal) || foldedChild.StartsWith("BAN ", StringComparison.Ordinal)))
        {
            var place = OrganCasing.FromUpperCase(locality);
            return childName + " " + char.ToLowerInvariant(place[0]) + place[1..];
        }

        return childName;
    }

    // "BAN CHẤP HÀNH TRUNG ƯƠNG" → "Trung ương"; "TỈNH ỦY X", "HUYỆN ỦY X", "ĐẢNG ỦY X" → that committee's name.
    private static string? PartyCommittee(string parent, string foldedParent)
    {
        if (foldedParent.StartsWith("BAN CHAP HANH TRUNG UONG", StringComparison.Ordinal))
        {
            return "Trung ương";
        }

        string[] committees = ["TINH UY ", "THANH UY ", "HUYEN UY ", "QUAN UY ", "THI UY ", "DANG UY "];
        return committees.Any(c => foldedParent.StartsWith(c, StringComparison.Ordinal)) ? OrganCasing.FromUpperCase(parent) : null;
    }

    private static bool StartsBody(string line)
    {
        var folded = FoldedText.Of(line);
        return s_bodyStarts.Any(start => folded.StartsWith(start, StringComparison.Ordinal)
            && (folded.Length == start.Length || (folded[start.Length] == ' ' && folded.Length > start.Length + 1 && char.IsLetter(folded[start.Length + 1]))));
    }

    private static bool ContainsWord(string folded, string word) =>
        (" " + folded + " ").Contains(" " + word + " ", StringComparison.Ordinal);

    private static string Expand(string line)
    {
        foreach (var (abbreviation, full) in s_abbreviations)
        {
            if (line.StartsWith(abbreviation + " ", StringComparison.Ordinal))
            {
                return full + line[abbreviation.Length..];
            }
        }

        return line;
    }
}
