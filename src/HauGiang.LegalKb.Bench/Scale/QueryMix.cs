using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>One query of the latency mix.</summary>
public sealed record MixQuery(string Category, string Query);

/// <summary>
/// The fixed query mix for latency: words and phrases of the plan's vocabulary with diacritics, the same without
/// diacritics, the same as quoted phrases, document numbers (real ones the plan cites and fictional ones of the
/// synthetic corpus) in the spellings people type, abbreviations, Telex/VNI and upper case.
/// </summary>
public static class QueryMix
{
    private static readonly string[] s_plain =
    [
        "đại đoàn kết toàn dân tộc", "người cao tuổi", "giảm nghèo bền vững", "xây dựng nông thôn mới", "phong trào thi đua yêu nước",
        "bình đẳng giới", "dân chủ ở cơ sở", "tự do tín ngưỡng", "kiều bào", "hội nông dân",
        "cải cách thủ tục hành chính", "phát triển đảng viên", "tiêu thụ nông sản", "thu hút nhân tài", "xúc tiến đầu tư",
        "phòng chống tham nhũng", "tinh giản biên chế", "ý kiến cử tri", "quỹ vì người nghèo", "bạo lực gia đình",
        "hòa nhập cộng đồng", "đồng bào dân tộc thiểu số", "giám sát và phản biện xã hội", "dân vận khéo", "bảo vệ môi trường",
        "an sinh xã hội", "đào tạo nghề", "công tác tuyên truyền", "ban dân tộc tỉnh", "hệ thống chính trị",
        "tư tưởng Hồ Chí Minh", "hội cựu chiến binh", "giai cấp công nhân", "bảo hiểm xã hội", "đô thị văn minh",
        "ma túy mại dâm", "chất vấn và trả lời chất vấn", "cán bộ trẻ", "nguồn nhân lực", "cổng thông tin điện tử",
    ];

    private static readonly string[] s_realNumbers =
    [
        "43-NQ/TW", "43 -NQ/TW", "nghị quyết 43", "217/QĐ-TW", "217-QĐ/TW", "qd 217", "quyết định 217", "59/2023", "59/2023/NĐ-CP", "124-QĐ/TW",
        "18-CT/TW", "chỉ thị 18", "977-QĐ/TU", "21-KL/TW", "226-CTr/TU", "chương trình 226", "04/CTrPH-UBND-UBMTTQ", "01-ĐA/TU", "05-NQ/TU", "10/2022/QH15",
    ];

    private static readonly string[] s_abbreviations =
    [
        "UBND tỉnh", "UBND huyện", "UBND tỉnh chỉ đạo", "MTTQ giám sát", "MTTQ Việt Nam", "MTTQ phản biện xã hội", "UBMTTQ", "Ủy ban MTTQ tỉnh",
        "MTTQ và các đoàn thể", "UBND và UBMTTQ phối hợp", "HĐND các cấp", "HĐND tỉnh", "HĐND giám sát", "BCH Đảng bộ tỉnh", "BCH Đảng bộ tỉnh đề án",
        "BCH TW", "Ban Chấp hành TW", "TW khóa XIII", "NQ TW", "CBCCVC", "CBCCVC người lao động", "ĐBSCL", "KT-XH", "LHPN", "DTTS",
        "Đoàn TNCS", "CCB", "TU", "QĐ-TW", "NĐ-CP",
    ];

    private static readonly string[] s_telex =
    [
        "nguwowfi cao tuooir", "d9a5i d9oa2n ke61t", "kieeuf baof", "tuwj do tins nguwowngx", "binhf ddawngr giowis",
        "giai caaps noong daan", "ddoanf thanh nieen", "ho65i cu75u chie61n binh", "ma tu1y ma5i da6m", "ddaij ddoanf keets",
    ];

    /// <summary>The mix: at least 200 queries, in a fixed order; fictional numbers drawn from <paramref name="syntheticNumbers"/> with <paramref name="seed"/>.</summary>
    public static List<MixQuery> Build(IReadOnlyList<string> syntheticNumbers, int seed)
    {
        var random = new Random(seed);
        var mix = new List<MixQuery>();
        mix.AddRange(s_plain.Select(q => new MixQuery("plain", q)));
        mix.AddRange(s_plain.Select(q => new MixQuery("no-diacritics", VietnameseText.RemoveDiacritics(q))));
        mix.AddRange(s_plain.Select(q => new MixQuery("phrase", "\"" + q + "\"")));
        mix.AddRange(s_realNumbers.Select(q => new MixQuery("numbers", q)));
        for (var i = 0; i < 20 && syntheticNumbers.Count > 0; i++)
        {
            var number = syntheticNumbers[random.Next(syntheticNumbers.Count)];
            var ordinal = number.Split('/')[0];
            mix.Add(new MixQuery("numbers", (i % 4) switch
            {
                0 => number,
                1 => "kế hoạch " + ordinal,
                2 => number.ToLowerInvariant(),
                _ => ordinal + "-KH-UBND",
            }));
        }

        mix.AddRange(s_abbreviations.Select(q => new MixQuery("abbreviations", q)));
        mix.AddRange(s_telex.Select(q => new MixQuery("telex-vni", q)));
        mix.AddRange(s_plain.Take(10).Select(q => new MixQuery("upper-case", q.ToUpperInvariant())));
        return mix;
    }
}
