using System.Text;
using System.Text.Json;

namespace HauGiang.LegalKb.Cli.Tests.Golden;

/// <summary>
/// What users get from the JSON commands over the plan and every test fixture, byte for byte: `documents`, `show` of
/// every document, `citations`, `graph` and `search --batch` with the judged development queries. The expected files
/// under Golden/Expected were written before the knowledge-base redesign; a change that alters any of them must say
/// why in its commit and rewrite them with LEGALKB_UPDATE_GOLDEN=1.
/// </summary>
public sealed class GoldenOutputTests : IClassFixture<GoldenOutputTests.GoldenCorpus>
{
    private readonly GoldenCorpus _corpus;

    public GoldenOutputTests(GoldenCorpus corpus) => _corpus = corpus;

    public static TheoryData<string> Outputs => ["documents", "show", "citations", "graph", "search"];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void JsonOutputIsUnchanged(string name)
    {
        var actual = name switch
        {
            "documents" => _corpus.Run("documents", "--json"),
            "show" => string.Concat(_corpus.DocumentIds().Select(id => _corpus.Run("show", id, "--json"))),
            "citations" => _corpus.Run("citations", "--json"),
            "graph" => _corpus.Run("graph", "--json"),
            _ => _corpus.Run("search", "--batch", _corpus.QueryFile, "--json"),
        };

        var expectedPath = Path.Combine(ExpectedFolder, $"{name}.json.txt");
        if (Environment.GetEnvironmentVariable("LEGALKB_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(expectedPath), $"No expected output at {expectedPath}; run the tests once with LEGALKB_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllText(expectedPath);
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"{name}: output differs from {expectedPath} at line {line.Number}:\n  expected: {line.Expected}\n  actual:   {line.Actual}");
        }
    }

    private static string ExpectedFolder =>
        Path.Combine(HauGiang.LegalKb.Tests.Shared.RepoRoot.Path, "tests", "HauGiang.LegalKb.Cli.Tests", "Golden", "Expected");

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end>";
            var y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return (i + 1, x, y);
            }
        }

        return (0, string.Empty, string.Empty);
    }

    /// <summary>The bundled corpus plus every structure, HTML, Markdown and encoding fixture, indexed once.</summary>
    public sealed class GoldenCorpus : IDisposable
    {
        private readonly string _root = TestPaths.NewTempFolder();

        public GoldenCorpus()
        {
            Corpus = Path.Combine(_root, "corpus");
            Index = Path.Combine(_root, "index");
            var sources = Path.Combine(Corpus, "sources");
            Directory.CreateDirectory(sources);
            File.Copy(Path.Combine(TestPaths.Corpus, "catalogue.json"), Path.Combine(Corpus, "catalogue.json"));
            foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "sources")))
            {
                File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
            }

            var fixtures = Path.Combine(HauGiang.LegalKb.Tests.Shared.RepoRoot.Path, "tests", "HauGiang.LegalKb.Core.Tests", "Fixtures");
            foreach (var folder in new[] { "legal", "html", "markdown", "encodings" })
            {
                var target = Path.Combine(sources, "fixtures", folder);
                Directory.CreateDirectory(target);
                foreach (var file in Directory.GetFiles(Path.Combine(fixtures, folder)))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }
            }

            QueryFile = Path.Combine(_root, "queries.txt");
            var devset = Path.Combine(HauGiang.LegalKb.Tests.Shared.RepoRoot.Path, "src", "HauGiang.LegalKb.Bench", "Data", "devset.tsv");
            var queries = File.ReadLines(devset)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t')[1])
                .Concat(["9901/QĐ-UBND", "quy che lam viec", "Điều 3 khoản 2", "van ban hong", "kế hoạch 9920"]);
            File.WriteAllLines(QueryFile, queries);

            var index = Run("index");
            if (index.Length == 0)
            {
                throw new InvalidOperationException("index printed nothing");
            }
        }

        public string Corpus { get; }

        public string Index { get; }

        public string QueryFile { get; }

        public string Run(params string[] args)
        {
            var run = CliRun.Of([.. args, "--corpus", Corpus, "--index", Index]);
            Assert.True(run.ExitCode == 0, $"legalkb {string.Join(' ', args)} failed: {run.Error}");
            return run.Out;
        }

        public IReadOnlyList<string> DocumentIds() =>
            JsonDocument.Parse(Run("documents", "--json")).RootElement.GetProperty("documents")
                .EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
