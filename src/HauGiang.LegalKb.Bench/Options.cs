using System.Globalization;

namespace HauGiang.LegalKb.Bench;

/// <summary>The command line: a command, then --name value options.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The first argument: quality, scale, readers, or the internal worker command.</summary>
    public string? Command { get; private init; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    public static Options Parse(string[] args)
    {
        var options = new Options { Command = args.Length > 0 ? args[0] : null };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new BenchException($"Expected '--name value', found '{args[i]}'");
            }

            options._values[args[i]] = args[++i];
        }

        return options;
    }

    /// <summary>An option's value, or null.</summary>
    public string? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>An option's value as a positive integer.</summary>
    public int GetInt(string name, int fallback) =>
        _values.TryGetValue(name, out var text)
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new BenchException($"{name} needs a positive integer, not '{text}'")
            : fallback;

    /// <summary>Writes <paramref name="report"/> to --out when given (folders created).</summary>
    public void WriteOut(string report)
    {
        if (Get("--out") is not { } path)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, report);
        Console.Error.WriteLine($"written: {path}");
    }
}
