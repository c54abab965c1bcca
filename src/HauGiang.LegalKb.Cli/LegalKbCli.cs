using HauGiang.LegalKb.Cli.Commands;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Cli;

/// <summary>
/// The command line: dispatches to a command and turns failures into exit codes —
/// 0 success, 1 a user error (one line on stderr), 2 an unexpected failure (no stack trace unless LEGALKB_DEBUG=1).
/// </summary>
internal static class LegalKbCli
{
    private static readonly ICommand[] s_commands =
    [
        new IndexCommand(),
        new DocumentsCommand(),
        new OutlineCommand(),
        new ShowCommand(),
        new CitationsCommand(),
        new GraphCommand(),
        new SearchCommand(),
        new UsersCommand(),
    ];

    /// <summary>Runs one command line with <paramref name="pipeline"/> (built once at start-up by the caller).</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console, KbPipeline pipeline)
    {
        try
        {
            var options = CliOptions.Parse(args);
            if (options.Version && options.Command is null)
            {
                console.Out.WriteLine($"legalkb {Version()}");
                return 0;
            }

            if (options.Command is null or "help")
            {
                var topic = options.Command == "help" ? options.Arguments.FirstOrDefault() : null;
                var command = topic is null ? null : Find(topic);
                console.Out.WriteLine(command?.Help ?? GeneralHelp());
                return options.Command is null && !options.Help ? 1 : 0;
            }

            var selected = Find(options.Command) ?? throw new UserError($"Lệnh không tồn tại: {options.Command}. Xem: legalkb --help");
            if (options.Help)
            {
                console.Out.WriteLine(selected.Help);
                return 0;
            }

            return selected.Run(options, console, new Workspace(options, console, pipeline));
        }
        catch (UserError ex)
        {
            console.Error.WriteLine(ex.Message);
            return 1;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine($"Lỗi không mong đợi: {ex.Message}");
            if (Environment.GetEnvironmentVariable("LEGALKB_DEBUG") == "1")
            {
                console.Error.WriteLine(ex);
            }

            return 2;
        }
    }

    // The product's version as the build stamps it (the informational version without the commit suffix).
    private static string Version()
    {
        var assembly = typeof(LegalKbCli).Assembly;
        var informational = System.Reflection.CustomAttributeExtensions
            .GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }

    private static ICommand? Find(string name) => s_commands.FirstOrDefault(c => c.Name == name);

    private static string GeneralHelp() =>
        "legalkb — tra cứu văn bản chính sách, pháp luật (Hậu Giang)\n\n"
        + "Cách dùng: legalkb LỆNH [tùy chọn]   (legalkb LỆNH --help để xem chi tiết)\n\nLệnh:\n"
        + string.Join('\n', s_commands.Select(c => $"  {c.Name,-10} {c.Summary}"))
        + "\n\nTùy chọn chung: --index DIR (thư mục chỉ mục), --corpus DIR (thư mục kho văn bản), --json (in JSON), --version (phiên bản).";
}
