namespace HauGiang.LegalKb.Cli;

/// <summary>The command line, parsed: a command, its positional arguments and the common options.</summary>
internal sealed record CliOptions
{
    public string? Command { get; init; }

    public List<string> Arguments { get; init; } = [];

    public bool Json { get; init; }

    public bool Help { get; init; }

    public bool Dot { get; init; }

    public bool Version { get; init; }

    /// <summary>Valued options other than --index and --corpus: --top 5, --batch FILE, --type "Nghị quyết" ….</summary>
    public Dictionary<string, string> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The options that take a value, besides --index and --corpus.</summary>
    private static readonly HashSet<string> s_valued = ["--top", "--page", "--batch", "--type", "--issuer", "--year", "--role", "--accounts"];

    public string? IndexDir { get; init; }

    public string? CorpusDir { get; init; }

    /// <summary>Parses <paramref name="args"/>; unknown options are a user error.</summary>
    /// <exception cref="UserError">An unknown option, or an option without its value.</exception>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--dot":
                    options = options with { Dot = true };
                    break;
                case "--version" or "-V":
                    options = options with { Version = true };
                    break;
                case "--help" or "-h" or "-?":
                    options = options with { Help = true };
                    break;
                case "--index":
                    options = options with { IndexDir = Value(args, ref i, arg) };
                    break;
                case "--corpus":
                    options = options with { CorpusDir = Value(args, ref i, arg) };
                    break;
                case var valued when s_valued.Contains(valued):
                    options.Values[valued] = Value(args, ref i, arg);
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UserError($"Tùy chọn không hợp lệ: {arg}. Xem: legalkb --help");
                    }

                    if (options.Command is null)
                    {
                        options = options with { Command = arg };
                    }
                    else
                    {
                        options.Arguments.Add(arg);
                    }

                    break;
            }
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UserError($"Tùy chọn {option} cần một giá trị.");
        }

        return args[++i];
    }
}
