using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>
/// Fictional plans built from the real plan: the plan's tree is the template (parts, items, sub-items, preamble,
/// closing); item titles are shuffled among the plan's titles; every text is one or two paragraphs of one to three of
/// the plan's own sentences, some recombined from clauses of different sentences, about as long as the plan's sections.
/// Numbers (9001/KH-UBND …), places, years (2031–2038) and the programmes they implement are fictional. Deterministic
/// for a given seed.
/// </summary>
public sealed partial class SyntheticCorpus
{
    /// <summary>The first fictional document number.</summary>
    public const int FirstOrdinal = 9001;

    // Fictional provinces: no such province exists.
    private static readonly string[] s_places = ["Sông Ngọc", "Phù Sa", "Kênh Xanh", "Lúa Vàng", "Cồn Tiên", "Rạch Mây", "Bến Nắng", "Vàm Sao"];

    // Placeholder signers: plainly not real people.
    private static readonly string[] s_signers = ["Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D"];

    private readonly LegalDocument _plan;
    private readonly string[] _sentences;
    private readonly string[] _clauses;
    private readonly Dictionary<SectionKind, string[]> _titles;
    private readonly string _planProgramme;
    private readonly string _planProgrammeDate;

    private SyntheticCorpus(LegalDocument plan)
    {
        _plan = plan;
        var body = plan.AllSections().Where(s => s.Kind is not (SectionKind.Preamble or SectionKind.Closing)).ToList();
        _sentences = body
            .SelectMany(s => s.Text.Split('\n'))
            .SelectMany(p => SentenceBreak().Split(p.Trim()))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 20 && char.IsUpper(s[0]))
            .Distinct()
            .ToArray();
        _clauses = _sentences
            .SelectMany(s => s.Split("; "))
            .Select(c => c.Trim().TrimEnd('.', '/').Trim())
            .Where(c => c.Length >= 20)
            .Distinct()
            .ToArray();
        _titles = body
            .Where(s => s.Title is not null && s.Kind is SectionKind.Section or SectionKind.Subsection)
            .GroupBy(s => s.Kind)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Title!).Distinct().ToArray());

        // The programme the plan implements, as its preamble cites it; each fictional plan implements a fictional one.
        var preamble = plan.Sections.FirstOrDefault(s => s.Kind == SectionKind.Preamble)?.Text ?? string.Empty;
        var programme = Programme().Match(preamble);
        _planProgramme = programme.Success ? programme.Groups["n"].Value : "\0";
        _planProgrammeDate = programme.Success ? programme.Groups["d"].Value : "\0";
    }

    /// <summary>How many sentences and clauses the generator draws from.</summary>
    public (int Sentences, int Clauses) Pool => (_sentences.Length, _clauses.Length);

    /// <summary>A generator drawing on the plan of <paramref name="knowledgeBase"/> (its full-text document with parts).</summary>
    public static SyntheticCorpus FromPlan(KnowledgeBase knowledgeBase)
    {
        var plan = knowledgeBase.Documents.FirstOrDefault(d => d.HasFullText && d.Sections.Any(s => s.Kind == SectionKind.Part))
            ?? throw new BenchException("The corpus has no full-text plan with parts to build the synthetic corpus from.");
        return new SyntheticCorpus(plan);
    }

    /// <summary>Sources for fictional plans until they hold at least <paramref name="targetSections"/> sections.</summary>
    public GeneratedCorpus Generate(int targetSections, int seed)
    {
        var random = new Random(seed);
        var files = new List<SourceFile>();
        var numbers = new List<string>();
        var planned = 0;
        while (planned < targetSections)
        {
            var i = files.Count;
            var (text, sections) = Document(random, i, numbers);
            numbers.Add(Number(i));
            files.Add(new SourceFile($"synthetic/{FirstOrdinal + i}-KH-UBND-{Year(i)}.txt", Encoding.UTF8.GetBytes(text)));
            planned += sections;
        }

        return new GeneratedCorpus(files, numbers, planned);
    }

    private static string Number(int i) => $"{FirstOrdinal + i}/KH-UBND";

    private static int Year(int i) => 2031 + (i % 8);

    // One fictional plan on the template of the real one. The random draws come in a fixed order (programme, header,
    // then the tree top to bottom), so a seed gives the same corpus.
    private (string Text, int Sections) Document(Random random, int i, List<string> earlier)
    {
        var place = s_places[i % s_places.Length];
        var year = Year(i);
        var programme = $"{600 + random.Next(300)}-CTr/TU";
        var programmeDate = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 29):00}/{random.Next(1, 13):00}/{year}");
        string Substitute(string text) => text
            .Replace(_planProgramme, programme, StringComparison.OrdinalIgnoreCase)
            .Replace(_planProgrammeDate, programmeDate, StringComparison.Ordinal)
            .Replace("Hậu Giang", place, StringComparison.Ordinal)
            .Replace("HẬU GIANG", place.ToUpperInvariant(), StringComparison.Ordinal);

        var lines = HeaderLines(random, i, place, year, Substitute);
        var sections = 0;
        foreach (var top in _plan.Sections)
        {
            switch (top.Kind)
            {
                case SectionKind.Preamble:
                    lines.AddRange(PreambleLines(random, top, earlier, Substitute));
                    sections++;
                    break;
                case SectionKind.Closing:
                    lines.AddRange(ClosingLines(top, i, Substitute));
                    sections++;
                    break;
                default:
                    lines.Add(top.Heading ?? top.Label + ".");
                    sections++;
                    sections += Children(random, top, prefix: string.Empty, lines, Substitute);
                    break;
            }
        }

        return (string.Join('\n', lines) + "\n", sections);
    }

    // The header: issuing organ, national motto, the fictional number, place and date, and the plan's title.
    private List<string> HeaderLines(Random random, int i, string place, int year, Func<string, string> substitute) =>
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH " + place.ToUpperInvariant(),
        "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        $"Số: {Number(i)}",
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {random.Next(1, 29):00} tháng {random.Next(1, 13)} năm {year}"),
        "KẾ HOẠCH",
        substitute(_plan.Metadata.Title ?? "TRIỂN KHAI THỰC HIỆN"),
    ];

    // The plan's preamble, and for 30% of the plans a reference to an earlier fictional plan, so citations between
    // synthetic documents resolve.
    private static List<string> PreambleLines(Random random, Section preamble, List<string> earlier, Func<string, string> substitute)
    {
        var lines = preamble.Text.Split('\n').Select(substitute).ToList();
        if (earlier.Count > 0 && random.NextDouble() < 0.3)
        {
            var j = random.Next(earlier.Count);
            lines.Add($"Căn cứ Kế hoạch số {earlier[j]} ngày {random.Next(1, 29):00}/{random.Next(1, 13):00}/{Year(j)} của Ủy ban nhân dân tỉnh {s_places[j % s_places.Length]};");
        }

        return lines;
    }

    // The plan's closing (Nơi nhận, signature) with a placeholder signer.
    private List<string> ClosingLines(Section closing, int i, Func<string, string> substitute)
    {
        var lines = closing.Text.Split('\n').Select(substitute).ToList();
        if (lines.Count > 0 && _plan.Metadata.Signer is { } signer && lines[^1].Trim() == signer)
        {
            lines[^1] = s_signers[i % s_signers.Length];
        }

        return lines;
    }

    // Emits the children of a template node, varied in number and titles; returns how many sections were emitted.
    private int Children(Random random, Section template, string prefix, List<string> lines, Func<string, string> substitute)
    {
        var children = template.Children;
        if (children.Count == 0)
        {
            return 0;
        }

        var count = children.Count >= 3 ? Math.Max(1, children.Count + random.Next(-2, 3)) : children.Count;
        var emitted = 0;
        for (var k = 0; k < count; k++)
        {
            var model = k < children.Count ? children[k] : children[random.Next(children.Count)];
            var label = prefix + (k + 1).ToString(CultureInfo.InvariantCulture);
            var paragraphs = model.Text.Length == 0 && model.Children.Count > 0
                ? []
                : Enumerable.Range(0, random.Next(1, 3)).Select(_ => substitute(Paragraph(random))).ToList();
            if (model.Title is null)
            {
                // An item without a title starts with its text, as "1.1. Tổ chức nghiên cứu …" does in the plan.
                var first = paragraphs.Count > 0 ? paragraphs[0] : substitute(Paragraph(random));
                lines.Add($"{label}. {first}");
                lines.AddRange(paragraphs.Skip(1));
            }
            else
            {
                var title = model.Title;
                if (_titles.TryGetValue(model.Kind, out var pool) && pool.Length > 1 && random.NextDouble() < 0.5)
                {
                    title = pool[random.Next(pool.Length)];
                }

                lines.Add($"{label}. {substitute(title)}");
                lines.AddRange(paragraphs);
            }

            emitted++;
            emitted += Children(random, model, label + ".", lines, substitute);
        }

        return emitted;
    }

    private string Paragraph(Random random)
    {
        var parts = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            if (_clauses.Length > 2 && random.NextDouble() < 0.3)
            {
                var clauses = Enumerable.Range(0, random.Next(2, 4)).Select(_ => _clauses[random.Next(_clauses.Length)]).ToList();
                clauses[0] = char.ToUpper(clauses[0][0], CultureInfo.InvariantCulture) + clauses[0][1..];
                parts.Add(string.Join("; ", clauses) + ".");
            }
            else
            {
                parts.Add(_sentences[random.Next(_sentences.Length)]);
            }
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}“""])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"Chương trình số (?<n>\d+-CTr/TU) ngày (?<d>\d{1,2}/\d{1,2}/\d{4})")]
    private static partial Regex Programme();
}

/// <summary>The generated sources, the numbers of the fictional plans, and how many sections they were built with.</summary>
public sealed record GeneratedCorpus(IReadOnlyList<SourceFile> Files, IReadOnlyList<string> Numbers, int PlannedSections);
