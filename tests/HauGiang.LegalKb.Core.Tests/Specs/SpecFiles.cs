using System.Text;

namespace HauGiang.LegalKb.Core.Tests.Specs;

/// <summary>
/// Reads the spec files (Specs/*.md): prose for people, and examples for the tests. An example is a "## heading"
/// followed by fenced blocks: <c>~~~ source</c> (or <c>~~~ source.md</c>, <c>~~~ source.html</c>), then any of
/// <c>~~~ outline</c>, <c>~~~ facts</c>, <c>~~~ citations</c>.
/// </summary>
internal static class SpecFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecExample> All() =>
        Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecExample> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        string? name = null;
        var start = 0;
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (Complete(file, name, start, blocks) is { } example)
                {
                    yield return example;
                }

                name = lines[i][3..].Trim();
                start = i + 1;
                blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }
            else if (lines[i].StartsWith("~~~ ", StringComparison.Ordinal))
            {
                var kind = lines[i][4..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "~~~"; i++)
                {
                    body.Add(lines[i]);
                }

                blocks[kind] = body;
            }
        }

        if (Complete(file, name, start, blocks) is { } last)
        {
            yield return last;
        }
    }

    private static SpecExample? Complete(string file, string? name, int line, Dictionary<string, List<string>> blocks)
    {
        var source = blocks.Keys.FirstOrDefault(k => k.StartsWith("source", StringComparison.Ordinal));
        if (name is null || source is null)
        {
            return null;
        }

        var extension = source.Length > "source".Length ? source["source".Length..] : ".txt";
        return new SpecExample(
            file, name, line, extension, string.Join('\n', blocks[source]),
            blocks.GetValueOrDefault("outline"), blocks.GetValueOrDefault("facts"), blocks.GetValueOrDefault("citations"));
    }
}
